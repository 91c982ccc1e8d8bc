using System.Diagnostics;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;
using Interdict.Core.Lists;
using Interdict.Hosting.Access;
using Interdict.Hosting.Alerts;
using Interdict.Hosting.Audit;
using Interdict.Hosting.Customers;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting.Lists;

/// <summary>Imports a new list version: parses it completely (a malformed file is refused naming the place, and
/// nothing is stored or served), stores it, indexes it off to the side, re-screens the customers its changes can
/// affect, raises alerts, marks alerts of removed entries "entry delisted", records the import, and only then swaps
/// the served lists — all as the lists' only writer.</summary>
/// <remarks>A failure anywhere leaves the previous lists serving. Thread-safe (imports are serialised by
/// <see cref="ListHost"/>).</remarks>
public sealed partial class ListImporter
{
    readonly ListHost _host;
    readonly IListVersionStore _versions;
    readonly CustomerMonitor _monitor;
    readonly AlertService _alerts;
    readonly IAuditLog _audit;
    readonly TimeProvider _time;
    readonly InterdictListSettings _settings;
    readonly ILogger<ListImporter> _logger;

    /// <summary>Creates the importer.</summary>
    /// <param name="host">The served lists.</param>
    /// <param name="versions">Where versions are stored.</param>
    /// <param name="monitor">The customers' reverse-screening index.</param>
    /// <param name="alerts">Raises and delists alerts.</param>
    /// <param name="audit">The audit trail.</param>
    /// <param name="time">The clock: versions dated after tomorrow are refused, and a version is in force from its date.</param>
    /// <param name="options">The shrink guard's setting (<c>Interdict:Lists:MaxShrinkShare</c>).</param>
    /// <param name="logger">Reports each import.</param>
    public ListImporter(ListHost host, IListVersionStore versions, CustomerMonitor monitor, AlertService alerts,
        IAuditLog audit, TimeProvider time, IOptions<InterdictOptions> options, ILogger<ListImporter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _settings = options.Value.Lists;
        _host = host;
        _versions = versions;
        _monitor = monitor;
        _alerts = alerts;
        _audit = audit;
        _logger = logger;
    }

    /// <summary>Imports one list version, refusing one that would shrink the list in force beyond the setting.</summary>
    /// <param name="files">The version's files (one UN XML file; OFAC's CSV files; or a zip of either).</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is published then).</param>
    /// <returns>What the import did.</returns>
    public Task<ListImportReport> ImportAsync(IReadOnlyList<ListFile> files, Actor actor, CancellationToken cancellationToken) =>
        ImportAsync(files, actor, allowShrink: false, cancellationToken);

    /// <summary>Imports one list version.</summary>
    /// <param name="files">The version's files (one UN XML file; OFAC's CSV files; or a zip of either).</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="allowShrink">The operator confirmed, after seeing the diff, a version that shrinks the list in force
    /// by more than <c>Interdict:Lists:MaxShrinkShare</c>.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is published then).</param>
    /// <returns>What the import did; <see cref="ListImportReport.Failure"/> set when the version was refused
    /// (<see cref="ListPlausibility"/>), which changes nothing but the audit trail.</returns>
    public Task<ListImportReport> ImportAsync(IReadOnlyList<ListFile> files, Actor actor, bool allowShrink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        return _host.UpdateAsync((current, token) => ImportAsync(current, files, actor, allowShrink, token), cancellationToken);
    }

    async Task<(ListState?, ListImportReport)> ImportAsync(ListState current, IReadOnlyList<ListFile> files, Actor actor, bool allowShrink,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = ListFileSet.Parse(files);
        var plausibility = new ListPlausibility(_time.GetUtcNow(), _settings.MaxShrinkShare);
        var refusal = plausibility.Check(result, result.Success ? current.FindNewest(result.Snapshot.Version.Source)?.Snapshot : null, allowShrink);
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
        var stored = ListFileSet.Pack(files);
        await _versions.SaveAsync(new ListVersionFile(version.Source, version.Label, version.Generated, actor.Name, stored.Name,
            Format(version, stored), snapshot.Entries.Length, stored.Content), cancellationToken).ConfigureAwait(false);
        var next = current.With(loaded);

        // Customers are screened against the version of each list in force today: only a version in force today and
        // newer than the one in force changes what they match. An older version (history, for as-of screening) changes
        // nothing, and one dated tomorrow changes nothing until its date.
        var newest = current.FindInForce(version.Source);
        var becomesNewest = version.Date <= next.Screener.Today && (newest is null || newest.Snapshot.Version.Generated < version.Generated);
        ListDiff? diff = null;
        IReadOnlyList<Alert> raised = [];
        var delisted = 0;
        var candidates = 0;
        var hits = 0;
        if (becomesNewest)
        {
            IReadOnlyList<ListEntry> rescreen;
            if (newest is null) rescreen = snapshot.Entries;
            else
            {
                diff = ListDiff.Compute(newest.Snapshot, snapshot);
                rescreen = [.. diff.EntriesToRescreen];
            }
            // Customers another process created or changed a moment ago are re-screened too.
            await _monitor.CatchUpAsync(cancellationToken).ConfigureAwait(false);
            var found = _monitor.Rescreen(rescreen, next.Screener, new ScreeningOptions());
            candidates = found.Candidates;
            hits = found.Hits.Count;
            var matches = await _monitor.WithCustomersAsync(found.Hits, cancellationToken).ConfigureAwait(false);
            raised = await _alerts.RaiseAsync(matches, AlertOrigin.ListUpdate, actor, cancellationToken).ConfigureAwait(false);
            if (diff is not null)
            {
                delisted = await _alerts.MarkDelistedAsync([.. diff.Removed.Select(e => e.Key)], version.Label, actor, cancellationToken).ConfigureAwait(false);
            }
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var report = new ListImportReport(version, snapshot.Entries.Length, result.Issues, Stored: true, Loaded: true, becomesNewest,
            diff?.From, diff?.Added.Length ?? (newest is null && becomesNewest ? snapshot.Entries.Length : 0), diff?.Removed.Length ?? 0, diff?.Changed.Length ?? 0,
            candidates, hits, raised, delisted, elapsed, null) { InForce = version.Date <= next.Screener.Today };
        await _audit.AppendAsync(new AuditEntry(actor.Name, AuditActions.ListImport, version.ToString())
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("files");
                foreach (var file in files) json.WriteStringValue(file.Name);
                json.WriteEndArray();
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("entries", report.Entries);
                json.WriteNumber("issues", report.Issues.Length);
                json.WriteBoolean("newest", becomesNewest);
                json.WriteNumber("added", report.Added);
                json.WriteNumber("removed", report.Removed);
                json.WriteNumber("changed", report.Changed);
                json.WriteNumber("customers_scored", candidates);
                json.WriteNumber("alerts_raised", raised.Count);
                json.WriteNumber("alerts_delisted", delisted);
                json.WriteEndObject();
            }),
            ListVersions = [version.ToString(), .. diff is null ? Array.Empty<string>() : [diff.From.ToString()]],
        }, cancellationToken).ConfigureAwait(false);
        LogImported(version, snapshot.Entries.Length, candidates, raised.Count, delisted, elapsed.TotalMilliseconds);
        return (next, report);
    }

    /// <summary>Records a refused import: who tried, which files, and why (the reason with its place, and for a shrink
    /// the diff counts), so the audit trail shows the attempts that changed nothing as well.</summary>
    Task<AuditRecord> AuditRefusalAsync(IReadOnlyList<ListFile> files, ListRefusal refusal, Actor actor, CancellationToken cancellationToken) =>
        _audit.AppendAsync(new AuditEntry(actor.Name, AuditActions.ListImportRefused, refusal.Reason.Origin)
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("files");
                foreach (var file in files) json.WriteStringValue(file.Name);
                json.WriteEndArray();
                json.WriteEndObject();
            }),
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported list {Version}: {Entries} entries; {Candidates} customers scored, {Raised} alerts raised, {Delisted} delisted, in {Milliseconds:0} ms")]
    partial void LogImported(ListVersion version, int entries, int candidates, int raised, int delisted, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A list import was refused; nothing changed: {Reason}")]
    partial void LogRefused(string reason);
}
