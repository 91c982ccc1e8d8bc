using System.Diagnostics;
using System.Text.Json;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;
using Interdict.Core.Lists;
using Interdict.Hosting.Access;
using Interdict.Hosting.Alerts;
using Interdict.Hosting.Audit;
using Interdict.Hosting.Customers;
using Interdict.Hosting.Jobs;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting.Lists;

/// <summary>Imports a new list version: parses it completely (a malformed file is refused naming the place, and
/// nothing is stored or served), stores it with its audit record and — when it becomes the newest of its list — the
/// job that follows from it, in one transaction; runs that job (re-screen the customers its changes can affect, raise
/// alerts, mark alerts of removed entries "entry delisted"), and only then swaps the served lists — all as the lists'
/// only writer.</summary>
/// <remarks>A failure before the version is stored leaves the previous lists serving and nothing recorded. Once it is
/// stored, the version and its job survive a crash: the next start serves the version and <see cref="JobResumer"/>
/// completes the job (<see cref="ResumeAsync"/>). Thread-safe (imports are serialised by <see cref="ListHost"/>).</remarks>
public sealed partial class ListImporter
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly ListHost _host;
    readonly IListVersionStore _versions;
    readonly ICustomerRescreening _monitor;
    readonly AlertService _alerts;
    readonly JobRunner _jobs;
    readonly IAuditLog _audit;
    readonly TimeProvider _time;
    readonly InterdictListSettings _settings;
    readonly ILogger<ListImporter> _logger;

    /// <summary>Creates the importer.</summary>
    /// <param name="host">The served lists.</param>
    /// <param name="versions">Where versions are stored.</param>
    /// <param name="monitor">The customers' reverse-screening index: this process's, or a cluster's shards.</param>
    /// <param name="alerts">Raises and delists alerts.</param>
    /// <param name="jobs">Runs the update jobs.</param>
    /// <param name="audit">The audit trail (for refused imports; an import's own record commits with its version).</param>
    /// <param name="time">The clock: versions dated after tomorrow are refused, and a version is in force from its date.</param>
    /// <param name="options">The shrink guard's setting (<c>Interdict:Lists:MaxShrinkShare</c>).</param>
    /// <param name="logger">Reports each import.</param>
    public ListImporter(ListHost host, IListVersionStore versions, ICustomerRescreening monitor, AlertService alerts, JobRunner jobs,
        IAuditLog audit, TimeProvider time, IOptions<InterdictOptions> options, ILogger<ListImporter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _audit = audit;
        _time = time;
        _settings = options.Value.Lists;
        _host = host;
        _versions = versions;
        _monitor = monitor;
        _alerts = alerts;
        _jobs = jobs;
        _logger = logger;
    }

    /// <summary>Imports one list version.</summary>
    /// <param name="files">The version's files (one list file of any format in <see cref="Interdict.Lists.ListSources"/>; OFAC's CSV files; or a zip of them).</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="cancellationToken">Cancels the import until the version is stored (nothing is stored or published
    /// then); once stored, its job runs to its end.</param>
    /// <returns>What the import did.</returns>
    public Task<ListImportReport> ImportAsync(IReadOnlyList<ListFile> files, Actor actor, CancellationToken cancellationToken) =>
        ImportAsync(files, actor, ListImportOptions.None, cancellationToken);

    /// <summary>Imports one list version, confirming (or not) a version that shrinks the list in force.</summary>
    /// <param name="files">The version's files.</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="allowShrink">The operator confirmed, after seeing the diff, a version that shrinks the list in force
    /// by more than <c>Interdict:Lists:MaxShrinkShare</c>.</param>
    /// <param name="cancellationToken">Cancels the import until the version is stored.</param>
    /// <returns>What the import did.</returns>
    public Task<ListImportReport> ImportAsync(IReadOnlyList<ListFile> files, Actor actor, bool allowShrink, CancellationToken cancellationToken) =>
        ImportAsync(files, actor, new ListImportOptions(AllowShrink: allowShrink), cancellationToken);

    /// <summary>Imports one list version with what the importer says about it (its publication date, a confirmed
    /// shrink).</summary>
    /// <param name="files">The version's files (one list file of any format in <see cref="Interdict.Lists.ListSources"/>; OFAC's CSV files; or a zip of them).</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="options">The publication date of a format without one; whether a shrink is confirmed.</param>
    /// <returns>What the import did; <see cref="ListImportReport.Failure"/> set when the version was refused
    /// (<see cref="ListPlausibility"/>), which changes nothing but the audit trail.</returns>
    /// <param name="cancellationToken">Cancels the import until the version is stored (nothing is stored or published
    /// then); once stored, its job runs to its end.</param>
    /// <returns>What the import did.</returns>
    public Task<ListImportReport> ImportAsync(IReadOnlyList<ListFile> files, Actor actor, ListImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(options);
        return _host.UpdateAsync((current, token) => ImportAsync(current, files, actor, options, token), cancellationToken);
    }

    /// <summary>Re-screens the customers against every version that has come into force since it was imported: a version
    /// imported before its date changed nothing then (<see cref="ImportAsync(IReadOnlyList{ListFile}, Actor, ListImportOptions, CancellationToken)"/>),
    /// and on its date it replaces the version in force like an import would — the same update job, alerts and
    /// delistings against the version in force before it. Done once per version: the job's completion records
    /// <c>list.in_force</c> in the audit trail, which is how a later call (in any process) knows.</summary>
    /// <param name="actor">Who the work is done as (the system).</param>
    /// <param name="cancellationToken">Cancels before a job starts; a started job runs to its end.</param>
    /// <returns>The versions brought into force by this call.</returns>
    public Task<IReadOnlyList<ListVersion>> BringIntoForceAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _host.UpdateAsync<IReadOnlyList<ListVersion>>(async (current, token) =>
        {
            var brought = new List<ListVersion>();
            foreach (var source in current.Sources)
            {
                if (current.FindInForce(source) is not { } inForce) continue;
                var version = inForce.Snapshot.Version;
                if (!await CameIntoForceUnappliedAsync(version, token).ConfigureAwait(false)) continue;
                var previous = current.VersionsOf(source).LastOrDefault(v => v.Snapshot.Version.Generated < version.Generated);
                var update = new ListUpdate(source, version.Label, previous?.Snapshot.Version.Label) { ComingIntoForce = true };
                var job = await _jobs.EnqueueAsync(JobKinds.ListUpdate, JsonSerializer.Serialize(update, Json), actor, token).ConfigureAwait(false);
                var done = await _jobs.RunAsync(job, (progress, work) => UpdateAsync(current, update, actor, progress, work)).ConfigureAwait(false);
                LogCameIntoForce(version, done.Candidates, done.Raised.Count, done.Delisted);
                brought.Add(version);
            }
            return (null, brought);
        }, cancellationToken);
    }

    /// <summary>True when <paramref name="version"/> was imported while dated in the future (its import re-screened
    /// nobody) and has not been brought into force since.</summary>
    async Task<bool> CameIntoForceUnappliedAsync(ListVersion version, CancellationToken cancellationToken)
    {
        var imported = await _audit.QueryAsync(new AuditQuery { Action = AuditActions.ListImport, Subject = version.ToString(), Limit = 1 }, cancellationToken)
            .ConfigureAwait(false);
        // Not imported (the bundled list, screened against from the start), or newest when imported: applied then.
        if (imported.Items.Count == 0 || NewestWhenImported(imported.Items[0])) return false;
        var applied = await _audit.QueryAsync(new AuditQuery { Action = AuditActions.ListInForce, Subject = version.ToString(), Limit = 1 }, cancellationToken)
            .ConfigureAwait(false);
        return applied.Items.Count == 0;
    }

    static bool NewestWhenImported(AuditRecord import)
    {
        using var outputs = JsonDocument.Parse(import.Outputs);
        return outputs.RootElement.TryGetProperty("newest", out var newest) && newest.ValueKind == JsonValueKind.True;
    }

    /// <summary>Completes a list update job left unfinished (its process crashed): serves its version first if this
    /// process does not serve it yet, then re-screens, raises and delists as the import would have.</summary>
    /// <param name="job">The job, claimed by this process.</param>
    public Task ResumeAsync(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var update = JsonSerializer.Deserialize<ListUpdate>(job.Input, Json) ?? throw new InvalidDataException($"Job {job.Id} has no input.");
        var actor = Actor.System with { Name = job.CreatedBy };
        return _host.UpdateAsync(async (current, token) =>
        {
            var state = current;
            if (state.FindVersion(update.Source, update.Version) is null)
            {
                var stored = (await _versions.ListAsync(update.Source, token).ConfigureAwait(false)).FirstOrDefault(v => v.Label == update.Version);
                var content = stored is null ? null : await _versions.GetContentAsync(stored.Id, token).ConfigureAwait(false);
                var parsed = content is null ? null : ListFileSet.Parse([new ListFile(stored!.FileName, content)], stored.Generated);
                if (parsed is not { Success: true })
                {
                    throw new InvalidDataException($"List version {update.Source} {update.Version} of job {job.Id} is not stored or no longer parses.");
                }
                state = state.With(LoadedVersion.Build(parsed.Snapshot, bundled: false));
            }
            await _jobs.RunAsync(job, (progress, work) => UpdateAsync(state, update, actor, progress, work)).ConfigureAwait(false);
            return (ReferenceEquals(state, current) ? null : state, true);
        }, CancellationToken.None);
    }

    async Task<(ListState?, ListImportReport)> ImportAsync(ListState current, IReadOnlyList<ListFile> files, Actor actor, ListImportOptions options,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = ListFileSet.Parse(files, options.Published);
        var plausibility = new ListPlausibility(_time.GetUtcNow(), _settings.MaxShrinkShare);
        var refusal = plausibility.Check(result, result.Success ? current.FindInForce(result.Snapshot.Version.Source)?.Snapshot : null, options.AllowShrink);
        if (refusal is not null)
        {
            await AuditRefusalAsync(files, refusal, actor, cancellationToken).ConfigureAwait(false);
            LogRefused(refusal.Reason.ToString());
            return (null, ListImportReport.Refused(refusal, result.Success ? result.Snapshot : null));
        }
        var snapshot = result.Snapshot!;
        var version = snapshot.Version;
        if (current.Contains(version)) return (null, ListImportReport.AlreadyLoaded(version, snapshot.Entries.Length, result.Issues));

        var loaded = LoadedVersion.Build(snapshot, bundled: false);
        var next = current.With(loaded);
        // Customers are screened against the version of each list in force today: only a version in force today and
        // newer than the one in force changes what they match. An older version (history, for as-of screening) changes
        // nothing, and one dated tomorrow changes nothing until its date.
        var newest = current.FindInForce(version.Source);
        var inForce = version.Date <= next.Screener.Today;
        var becomesNewest = inForce && (newest is null || newest.Snapshot.Version.Generated < version.Generated);
        var diff = becomesNewest && newest is not null ? ListDiff.Compute(newest.Snapshot, snapshot) : null;
        var update = becomesNewest ? new ListUpdate(version.Source, version.Label, newest?.Snapshot.Version.Label) : null;
        var counts = new ImportCounts(snapshot.Entries.Length, result.Issues.Length, becomesNewest,
            diff?.Added.Length ?? (update is not null ? snapshot.Entries.Length : 0), diff?.Removed.Length ?? 0, diff?.Changed.Length ?? 0);

        // The version, its import record and its job: one transaction, so a crash leaves all three or none.
        var stored = ListFileSet.Pack(files);
        var saved = await _versions.SaveAsync(new ListVersionFile(version.Source, version.Label, version.Generated, actor.Name, stored.Name,
            Format(version, stored), snapshot.Entries.Length, stored.Content), _ => new FollowUp(ImportRecord(version, diff?.From, files, counts, actor),
            update is null ? null : _jobs.Request(JobKinds.ListUpdate, JsonSerializer.Serialize(update, Json), actor)), cancellationToken).ConfigureAwait(false);
        CrashPoints.Reach(CrashPoints.ListVersionCommitted);

        var done = UpdateDone.None;
        if (saved.Job is { } job)
        {
            done = await _jobs.RunAsync(job, (progress, work) => UpdateAsync(next, update!, actor, progress, work)).ConfigureAwait(false);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var report = new ListImportReport(version, snapshot.Entries.Length, result.Issues, Stored: saved.Value.Created, Loaded: true, becomesNewest,
            diff?.From, counts.Added, counts.Removed, counts.Changed, done.Candidates, done.Hits, done.Raised, done.Delisted, elapsed, null) { InForce = inForce };
        LogImported(version, snapshot.Entries.Length, done.Candidates, done.Raised.Count, done.Delisted, elapsed.TotalMilliseconds);
        return (next, report);
    }

    /// <summary>The list update job's work, idempotent: re-screen the customers the version's added and changed entries
    /// can match and raise alerts (those already under review are not raised again), then delist the undecided alerts of
    /// its removed entries (those delisted already are not touched again). Each step commits with its audit record.</summary>
    async Task<JobOutcome<UpdateDone>> UpdateAsync(ListState state, ListUpdate update, Actor actor, JobProgress progress, CancellationToken cancellationToken)
    {
        var version = state.FindVersion(update.Source, update.Version)
            ?? throw new InvalidDataException($"List version {update.Source} {update.Version} is not loaded.");
        var previous = update.Previous is null ? null : state.FindVersion(update.Source, update.Previous)
            ?? throw new InvalidDataException($"List version {update.Source} {update.Previous} is not loaded.");
        var diff = previous is null ? null : ListDiff.Compute(previous.Snapshot, version.Snapshot);
        IReadOnlyList<ListEntry> rescreen = diff is null ? version.Snapshot.Entries : [.. diff.EntriesToRescreen];

        var found = await _monitor.RescreenAsync(new RescreenRequest(progress.Job.Id, state.Screener, rescreen,
            new ListUpdateKey(update.Source, update.Version, update.Previous), AlertOrigin.ListUpdate, actor) { Progress = progress.ReportAsync, Lists = state }, cancellationToken)
            .ConfigureAwait(false);
        var raised = found.Raised;
        await progress.ReportAsync("""{"step":"raised"}""", cancellationToken).ConfigureAwait(false);
        CrashPoints.Reach(CrashPoints.ListAlertsRaised);

        var delisted = diff is null ? 0
            : await _alerts.MarkDelistedAsync([.. diff.Removed.Select(e => e.Key)], update.Version, actor, cancellationToken).ConfigureAwait(false);
        CrashPoints.Reach(CrashPoints.ListDelisted);
        var result = AuditJson.Of(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("customers_scored", found.Candidates);
            json.WriteNumber("hits", found.Hits);
            json.WriteNumber("alerts_raised", raised.Count);
            json.WriteNumber("alerts_delisted", delisted);
            json.WriteEndObject();
        });
        // A version coming into force records so with the job's completion, in one transaction: done once, even when
        // a crash leaves the job to be resumed.
        var cameIntoForce = update.ComingIntoForce
            ? new AuditEntry(actor.Name, AuditActions.ListInForce, version.Snapshot.Version.ToString())
            {
                Outputs = result,
                ListVersions = [version.Snapshot.Version.ToString(), .. previous is null ? Array.Empty<string>() : [previous.Snapshot.Version.ToString()]],
            }
            : null;
        return new JobOutcome<UpdateDone>(new UpdateDone(found.Candidates, found.Hits, raised, delisted), result, cameIntoForce);
    }

    /// <summary>The import's audit record, committed with the version: what was read and how it differs from the version
    /// before. The alerts its job raises and delists have records of their own.</summary>
    static AuditEntry ImportRecord(ListVersion version, ListVersion? comparedWith, IReadOnlyList<ListFile> files, ImportCounts counts, Actor actor) =>
        new(actor.Name, AuditActions.ListImport, version.ToString())
        {
            Inputs = FilesRead(files),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("entries", counts.Entries);
                json.WriteNumber("issues", counts.Issues);
                json.WriteBoolean("newest", counts.Newest);
                json.WriteNumber("added", counts.Added);
                json.WriteNumber("removed", counts.Removed);
                json.WriteNumber("changed", counts.Changed);
                json.WriteEndObject();
            }),
            ListVersions = [version.ToString(), .. comparedWith is null ? Array.Empty<string>() : [comparedWith.ToString()]],
        };

    /// <summary>An import's audit inputs, accepted or refused: the names of the files read.</summary>
    static string FilesRead(IReadOnlyList<ListFile> files) => AuditJson.Of(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("files");
        foreach (var file in files) json.WriteStringValue(file.Name);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Records a refused import: who tried, which files, and why (the reason with its place, and for a shrink
    /// the diff counts), so the audit trail shows the attempts that changed nothing as well.</summary>
    Task<AuditRecord> AuditRefusalAsync(IReadOnlyList<ListFile> files, ListRefusal refusal, Actor actor, CancellationToken cancellationToken) =>
        _audit.AppendAsync(new AuditEntry(actor.Name, AuditActions.ListImportRefused, refusal.Reason.Origin)
        {
            Inputs = FilesRead(files),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("reason", refusal.Reason.ToString());
                if (refusal.Shrink is { } diff)
                {
                    json.WriteString("in_force", diff.From.ToString());
                    json.WriteString("version", diff.To.ToString());
                    json.WriteNumber("added", diff.Added.Length);
                    json.WriteNumber("removed", diff.Removed.Length);
                    json.WriteNumber("changed", diff.Changed.Length);
                }
                json.WriteEndObject();
            }),
        }, cancellationToken);

    /// <summary>The stored file's format: the list and the file kind (<c>un-xml</c>, <c>ofac-zip</c>, <c>ofac-csv</c>).</summary>
    static string Format(ListVersion version, ListFile stored) =>
        $"{version.Source}-{Path.GetExtension(stored.Name).TrimStart('.').ToLowerInvariant()}";

    /// <summary>A list update job's input: the version (by label) and the one it is compared with (null for the first
    /// version of its list, whose entries are all new).</summary>
    sealed record ListUpdate(string Source, string Version, string? Previous)
    {
        /// <summary>The update is a version imported before its date coming into force (recorded as <c>list.in_force</c>).</summary>
        public bool ComingIntoForce { get; init; }
    }

    sealed record ImportCounts(int Entries, int Issues, bool Newest, int Added, int Removed, int Changed);

    sealed record UpdateDone(int Candidates, int Hits, IReadOnlyList<Alert> Raised, int Delisted)
    {
        public static UpdateDone None { get; } = new(0, 0, [], 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "List {Version} came into force: {Candidates} customers scored, {Raised} alerts raised, {Delisted} delisted")]
    partial void LogCameIntoForce(ListVersion version, int candidates, int raised, int delisted);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported list {Version}: {Entries} entries; {Candidates} customers scored, {Raised} alerts raised, {Delisted} delisted, in {Milliseconds:0} ms")]
    partial void LogImported(ListVersion version, int entries, int candidates, int raised, int delisted, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A list import was refused; nothing changed: {Reason}")]
    partial void LogRefused(string reason);
}
