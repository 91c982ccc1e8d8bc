using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;
using Interdict.Core.Customers;
using Interdict.Hosting.Access;
using Interdict.Hosting.Alerts;
using Interdict.Hosting.Audit;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Jobs;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Interdict.Storage;

namespace Interdict.Hosting.Customers;

/// <summary>Stores customers, screens each new or changed one at once (raising alerts for its hits), keeps the
/// customers' reverse-screening index current, and records every change in the audit trail.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class CustomerService
{
    /// <summary>At most this many bad rows of a CSV import are reported one by one (all are counted).</summary>
    public const int MaxReportedBadRows = 100;

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly ICustomerStore _customers;
    readonly ScreeningService _screening;
    readonly AlertService _alerts;
    readonly ICustomerRescreening _monitor;
    readonly CustomerOwnership _ownership;
    readonly IAuditLog _audit;
    readonly JobRunner _jobs;
    readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    /// <param name="customers">The customer store.</param>
    /// <param name="screening">Screening against the lists in force.</param>
    /// <param name="alerts">Raises alerts for hits.</param>
    /// <param name="monitor">The customers' reverse-screening index: this process's, or a cluster's shards.</param>
    /// <param name="ownership">Screens customers' owners with the ownership rule.</param>
    /// <param name="audit">The audit trail.</param>
    /// <param name="jobs">Runs the screening of imports and full re-screens as recorded jobs.</param>
    /// <param name="time">The clock the store stamps its writes with.</param>
    public CustomerService(ICustomerStore customers, ScreeningService screening, AlertService alerts, ICustomerRescreening monitor,
        CustomerOwnership ownership, IAuditLog audit, JobRunner jobs, TimeProvider time)
    {
        _ownership = ownership;
        _customers = customers;
        _screening = screening;
        _alerts = alerts;
        _monitor = monitor;
        _audit = audit;
        _jobs = jobs;
        _time = time;
    }

    /// <summary>Creates or updates a customer; a new or changed customer is screened at once and its hits raise alerts.</summary>
    /// <param name="customer">The customer as given.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was stored, the hits and the alerts raised.</returns>
    public async Task<CustomerChange> UpsertAsync(Customer customer, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(actor);
        var upsert = await _customers.UpsertAsync(customer, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ScreeningHit> hits = [];
        IReadOnlyList<Alert> raised = [];
        ScreeningOutcome? outcome = null;
        if (upsert.NeedsScreening)
        {
            await _monitor.ChangedAsync(upsert.Customer, cancellationToken).ConfigureAwait(false);
            outcome = _screening.Screen(upsert.Customer.ToQuery(), new ScreeningOptions());
            hits = [.. outcome.Hits, .. _ownership.Screen(upsert.Customer)];
            raised = await _alerts.RaiseAsync([.. hits.Select(h => (upsert.Customer, h))], AlertOrigin.Screening, actor, cancellationToken).ConfigureAwait(false);
        }
        var action = upsert.Outcome == UpsertOutcome.Created ? AuditActions.CustomerCreate : AuditActions.CustomerUpdate;
        var entry = new AuditEntry(actor.Name, action, upsert.Customer.Id)
        {
            Inputs = AuditJson.Of(json => CustomerJson.Write(json, customer)),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("outcome", upsert.Outcome.ToString().ToLowerInvariant());
                json.WriteNumber("revision", upsert.Customer.Revision);
                AuditJson.WriteHits(json, "matches", hits);
                json.WriteStartArray("alerts");
                foreach (var alert in raised) json.WriteNumberValue(alert.Id);
                json.WriteEndArray();
                json.WriteEndObject();
            }),
            ListVersions = outcome is null ? [] : [.. outcome.Versions.Select(v => v.ToString())],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return new CustomerChange(upsert, hits, raised);
    }

    /// <summary>Imports customers from a CSV file in bulk, then screens the customers it created or changed on all cores
    /// and raises alerts for the hits. Bad rows are reported by line and skipped.</summary>
    /// <remarks>
    /// <para>The customers, the import's audit record and the job that screens them are committed in one transaction;
    /// the job then runs at once. A crash after that commit loses nothing: the next start finds the job unfinished and
    /// screens the customers (<see cref="ResumeImportAsync"/>).</para>
    /// <para>A row equal to its stored customer was screened when that was written, and is not screened again: a
    /// nightly upload of the whole customer base screens only what changed. The customers screened are read back from
    /// the store (written at or after the import began), so a repeated id is screened as stored, its last row.</para>
    /// </remarks>
    /// <param name="path">The CSV file.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the import until the customers are stored; once stored, their screening
    /// runs to its end.</param>
    /// <returns>What the import did, or why the file was refused.</returns>
    public async Task<CustomerImport> ImportCsvAsync(string path, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using (var check = new StreamReader(path, Encoding.UTF8))
        using (var header = new CsvRecordReader(check))
        {
            if (!CustomerCsv.TryReadHeader(header, out _, out var headerError)) return CustomerImport.Refused(headerError!);
        }
        var bad = new BadRows();
        var warned = new BadRows();
        var screening = new ImportScreening(Micros(_time.GetUtcNow()));
        var versions = _screening.VersionsInForce().Select(v => v.ToString()).ToArray();
        var committed = await _customers.BulkUpsertAsync(ReadAsync(path, bad, warned, cancellationToken), summary => new FollowUp(
            ImportRecord(Path.GetFileName(path), summary, bad.Count, warned.Count, versions, actor),
            summary.Created + summary.Updated == 0 ? null : _jobs.Request(JobKinds.CustomerImport, JsonSerializer.Serialize(screening, Json), actor)),
            cancellationToken).ConfigureAwait(false);
        CrashPoints.Reach(CrashPoints.CustomersCommitted);
        var summary = committed.Value;
        // The reverse index is rebuilt at once: a catch-up meanwhile would take every imported customer for a change.
        // Inside the job's run, whose lease is renewed meanwhile: a rebuild of millions of customers may outlast the
        // lease, and this process's own resumer would then take the job over while the request still waits for it.
        var changed = summary.Created + summary.Updated;
        ImportScreened screened;
        if (committed.Job is { } job)
        {
            screened = await _jobs.RunAsync(job, async (_, work) =>
            {
                await _monitor.RefreshAsync(changed, work).ConfigureAwait(false);
                return await ScreenImportedAsync(screening, actor, work).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            await _monitor.RefreshAsync(changed, cancellationToken).ConfigureAwait(false);
            screened = ImportScreened.None;
        }
        return new CustomerImport(summary, screened.Screened, screened.Matches, screened.Raised, bad.Count, bad.Reported, null)
        {
            Warnings = warned.Count,
            WarningMessages = warned.Reported,
        };
    }

    /// <summary>Completes a customer import's screening left unfinished (its process crashed).</summary>
    /// <param name="job">The job, claimed by this process.</param>
    public Task ResumeImportAsync(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var screening = JsonSerializer.Deserialize<ImportScreening>(job.Input, Json) ?? throw new InvalidDataException($"Job {job.Id} has no input.");
        return _jobs.RunAsync(job, (_, work) => ScreenImportedAsync(screening, Actor.System with { Name = job.CreatedBy }, work));
    }

    /// <summary>The import job's work, idempotent: screens the customers written since the import began and raises
    /// alerts for their hits; a hit whose alert a crashed run already raised is under review and raises none again.</summary>
    async Task<JobOutcome<ImportScreened>> ScreenImportedAsync(ImportScreening screening, Actor actor, CancellationToken cancellationToken)
    {
        var matches = new ConcurrentBag<(Customer, ScreeningHit)>();
        var options = new ScreeningOptions();
        var screened = 0L;
        var written = _customers.StreamChangedSinceAsync(AuditChain.FromMicroseconds(screening.Since), cancellationToken);
        await Parallel.ForEachAsync(written, cancellationToken, (customer, _) =>
        {
            Interlocked.Increment(ref screened);
            foreach (var hit in _screening.Screen(customer.ToQuery(), options).Hits) matches.Add((customer, hit));
            foreach (var hit in _ownership.Screen(customer)) matches.Add((customer, hit));
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        // In a stable order (the screening ran in parallel): the same import raises its alerts with the same ids and
        // the same audit record, however it was interrupted.
        var ordered = matches.OrderBy(m => m.Item1.Id, StringComparer.Ordinal).ThenBy(m => m.Item2.Entry.Key, StringComparer.Ordinal).ToList();
        var raised = await _alerts.RaiseAsync(ordered, AlertOrigin.Screening, actor, cancellationToken).ConfigureAwait(false);
        CrashPoints.Reach(CrashPoints.CustomerAlertsRaised);
        var result = AuditJson.Of(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("screened", screened);
            json.WriteNumber("matches", matches.Count);
            json.WriteNumber("alerts_raised", raised.Count);
            json.WriteEndObject();
        });
        return new JobOutcome<ImportScreened>(new ImportScreened(screened, matches.Count, raised), result, null);
    }

    /// <summary>The import's audit record, committed with the customers.</summary>
    static AuditEntry ImportRecord(string file, BulkUpsertSummary summary, int badRows, int warnings, string[] versions, Actor actor) =>
        new(actor.Name, AuditActions.CustomerImport, file)
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("rows", summary.Total + badRows);
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("created", summary.Created);
                json.WriteNumber("updated", summary.Updated);
                json.WriteNumber("unchanged", summary.Unchanged);
                json.WriteNumber("bad_rows", badRows);
                json.WriteNumber("warnings", warnings);
                json.WriteEndObject();
            }),
            ListVersions = [.. versions],
        };

    /// <summary>Screens every stored customer against the lists in force and raises alerts for the hits, as screening
    /// each one anew would: for customers stored by other means than this service, after a change of the screening
    /// options, and to reconcile what a list update's delta re-screen leaves aside (hits on entries the update did
    /// not change whose score crossed the threshold only because every word's rarity moved: docs/matching.md §10).</summary>
    /// <remarks>A recorded job: once asked for, it runs to its end even if the process crashes meanwhile (the next
    /// start runs it again: <see cref="ResumeRescreenAsync"/>), and its <c>customer.rescreen</c> record is committed
    /// with its completion, once.</remarks>
    /// <param name="actor">Who asked.</param>
    /// <param name="cancellationToken">Cancels recording the job; once recorded, it runs to its end.</param>
    /// <returns>What the re-screen did.</returns>
    public async Task<CustomerRescreen> RescreenAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var job = await _jobs.EnqueueAsync(JobKinds.CustomerRescreen, "{}", actor, cancellationToken).ConfigureAwait(false);
        return await _jobs.RunAsync(job, (progress, work) => RescreenEveryoneAsync(progress, actor, work)).ConfigureAwait(false);
    }

    /// <summary>Completes a full re-screen left unfinished (its process crashed).</summary>
    /// <param name="job">The job, claimed by this process.</param>
    public Task ResumeRescreenAsync(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return _jobs.RunAsync(job, (progress, work) => RescreenEveryoneAsync(progress, Actor.System with { Name = job.CreatedBy }, work));
    }

    async Task<JobOutcome<CustomerRescreen>> RescreenEveryoneAsync(JobProgress progress, Actor actor, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var screener = _screening.ScreenerInForce;
        var found = await _monitor.RescreenAsync(new RescreenRequest(progress.Job.Id, screener, null, null, AlertOrigin.FullRescreen, actor) { Progress = progress.ReportAsync },
            cancellationToken)
            .ConfigureAwait(false);
        var raised = found.Raised;
        var versions = screener.VersionsInForce(null);
        var result = new CustomerRescreen(found.Candidates, found.Matches, raised, versions, Stopwatch.GetElapsedTime(started));
        var outputs = AuditJson.Of(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("customers_scored", result.Screened);
            json.WriteNumber("matches", result.Matches);
            json.WriteStartArray("alerts");
            foreach (var alert in raised) json.WriteNumberValue(alert.Id);
            json.WriteEndArray();
            json.WriteEndObject();
        });
        return new JobOutcome<CustomerRescreen>(result, outputs,
            new AuditEntry(actor.Name, AuditActions.CustomerRescreen, string.Create(CultureInfo.InvariantCulture, $"{result.Screened} customers"))
            {
                Outputs = outputs,
                ListVersions = [.. versions.Select(v => v.ToString())],
            });
    }

    static long Micros(DateTimeOffset at) => AuditChain.ToMicroseconds(at);

    /// <summary>A customer import job's input: the customers written at or after this instant (UTC microseconds) are
    /// the import's.</summary>
    sealed record ImportScreening(long Since);

    sealed record ImportScreened(long Screened, int Matches, IReadOnlyList<Alert> Raised)
    {
        public static ImportScreened None { get; } = new(0, 0, []);
    }

    static async IAsyncEnumerable<Customer> ReadAsync(string path, BadRows bad, BadRows warned, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        using var reader = new CsvRecordReader(text);
        if (!CustomerCsv.TryReadHeader(reader, out var columns, out _)) yield break;
        while (CustomerCsv.ReadRow(reader, columns!) is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var warning in row.Warnings) warned.Add(row.Line, warning);
            if (row.Customer is null) bad.Add(row.Line, $"{row.Error}; row skipped");
            else yield return row.Customer;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    sealed class BadRows
    {
        public int Count { get; private set; }
        public List<string> Reported { get; } = [];

        public void Add(int line, string error)
        {
            Count++;
            if (Reported.Count < MaxReportedBadRows) Reported.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}: {error}"));
        }
    }
}
