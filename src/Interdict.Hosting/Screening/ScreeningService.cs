using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Interdict.Core.Audit;
using Interdict.Core.Screening;
using Interdict.Hosting.Access;
using Interdict.Hosting.Audit;
using Interdict.Hosting.Lists;
using Interdict.Matching.Screening;
using Interdict.Storage;

namespace Interdict.Hosting.Screening;

/// <summary>Screens parties against the lists being served, counts them in the metrics and records each request in
/// the audit trail (who, when, the query, the matches, the list versions in force).</summary>
/// <remarks>Thread-safe: each call reads one <see cref="ListState"/> and keeps it for the whole call, so a batch sees
/// one consistent set of versions even while a list is being imported.</remarks>
public sealed class ScreeningService
{
    readonly ListHost _lists;
    readonly ScreeningMetrics _metrics;
    readonly IAuditLog _audit;

    /// <summary>Creates the service.</summary>
    /// <param name="lists">The lists being served.</param>
    /// <param name="metrics">Where screenings are counted.</param>
    /// <param name="audit">Where each request is recorded.</param>
    public ScreeningService(ListHost lists, ScreeningMetrics metrics, IAuditLog audit)
    {
        _lists = lists;
        _metrics = metrics;
        _audit = audit;
    }

    /// <summary>Checks that every list named in <paramref name="lists"/> is loaded.</summary>
    /// <param name="lists">List ids asked for (empty: all).</param>
    /// <param name="error">What is wrong, naming the unknown list and the loaded ones.</param>
    /// <returns>True when all are loaded.</returns>
    public bool TryCheckLists(IReadOnlyCollection<string> lists, out string? error)
    {
        ArgumentNullException.ThrowIfNull(lists);
        error = null;
        if (lists.Count == 0) return true;
        var loaded = _lists.Current.Sources;
        var unknown = lists.Where(l => !loaded.Contains(l, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0) error = $"no list '{string.Join("', '", unknown)}' is loaded (loaded: {string.Join(", ", loaded)})";
        return error is null;
    }

    /// <summary>The version of every loaded list in force today: what screening with default options uses now.</summary>
    public IReadOnlyList<Core.Lists.ListVersion> VersionsInForce() => _lists.Current.Screener.VersionsInForce(null);

    /// <summary>The screener of the lists served now.</summary>
    public Screener ScreenerInForce => _lists.Current.Screener;

    /// <summary>Screens one party without recording it (for screening that is part of another audited action).</summary>
    /// <param name="query">Who.</param>
    /// <param name="options">Threshold, lists, as-of date.</param>
    /// <returns>The hits and the versions used.</returns>
    public ScreeningOutcome Screen(PartyQuery query, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        return Screen(_lists.Current, query, options);
    }

    /// <summary>Screens one party and records it in the audit trail; returns once the record is committed.</summary>
    /// <param name="query">Who.</param>
    /// <param name="options">Threshold, lists, as-of date.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels waiting for the audit commit.</param>
    /// <returns>The hits and the versions used.</returns>
    public async Task<ScreeningOutcome> ScreenAsync(PartyQuery query, ScreeningOptions options, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = Screen(query, options);
        var entry = new AuditEntry(actor.Name, AuditActions.Screen, query.Name)
        {
            Inputs = AuditJson.Of(json => WriteQuery(json, null, query, options)),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                AuditJson.WriteHits(json, "matches", outcome.Hits);
                json.WriteEndObject();
            }),
            ListVersions = [.. outcome.Versions.Select(v => v.ToString())],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Screens several parties against one state of the lists and records the batch as one audit record.</summary>
    /// <param name="queries">Each query with the caller's id, threshold, lists and as-of date.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Stops between queries, and cancels waiting for the audit commit.</param>
    /// <returns>One outcome per query, in order.</returns>
    public async Task<IReadOnlyList<ScreeningOutcome>> ScreenBatchAsync(IReadOnlyList<(string Id, PartyQuery Query, ScreeningOptions Options)> queries,
        Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(actor);
        var state = _lists.Current;
        var outcomes = new ScreeningOutcome[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes[i] = Screen(state, queries[i].Query, queries[i].Options);
        }
        var entry = new AuditEntry(actor.Name, AuditActions.ScreenBatch, string.Create(CultureInfo.InvariantCulture, $"{queries.Count} queries"))
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartArray();
                foreach (var (id, query, options) in queries) WriteQuery(json, id, query, options);
                json.WriteEndArray();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartArray();
                for (var i = 0; i < outcomes.Length; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("id", queries[i].Id);
                    AuditJson.WriteHits(json, "matches", outcomes[i].Hits);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }),
            ListVersions = [.. outcomes.SelectMany(o => o.Versions).Distinct().Select(v => v.ToString())],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>Records a file screened in bulk (a batch run of the CLI): which file (by its SHA-256), against which list
    /// versions and options, and what came of it. The hits are in the output file, which the record fingerprints too, so
    /// a result file can be proven to be the one this run wrote.</summary>
    /// <param name="run">The files and counts.</param>
    /// <param name="options">Threshold, lists, as-of date.</param>
    /// <param name="actor">Who ran it.</param>
    /// <param name="cancellationToken">Cancels waiting for the audit commit.</param>
    public Task RecordFileAsync(ScreenedFile run, ScreeningOptions options, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RecordFileAsync(run, options, [.. _lists.Current.Screener.VersionsInForce(options.AsOf, options.Lists).Select(v => v.ToString())], actor, cancellationToken);
    }

    /// <summary>Records a file screened in bulk against the list versions it was screened against (a batch screened in
    /// the background, <c>POST /v1/batches</c>: the versions served now may be newer).</summary>
    /// <param name="run">The files and counts.</param>
    /// <param name="options">Threshold, lists, as-of date.</param>
    /// <param name="listVersions">The versions the file was screened against.</param>
    /// <param name="actor">Who ran it.</param>
    /// <param name="cancellationToken">Cancels waiting for the audit commit.</param>
    public async Task RecordFileAsync(ScreenedFile run, ScreeningOptions options, IReadOnlyList<string> listVersions, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(listVersions);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry(actor.Name, AuditActions.ScreenFile, run.InputName)
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("file", run.InputName);
                json.WriteString("sha256", run.InputSha256);
                json.WriteNumber("threshold", options.Threshold);
                if (options.AsOf is { } asOf) json.WriteString("as_of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("file", run.OutputName);
                json.WriteString("sha256", run.OutputSha256);
                json.WriteNumber("screened", run.Screened);
                json.WriteNumber("with_matches", run.WithMatches);
                json.WriteNumber("bad_rows", run.BadRows);
                json.WriteEndObject();
            }),
            ListVersions = [.. listVersions],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a batch file accepted for screening in the background (<c>POST /v1/batches</c>): which file (by
    /// its SHA-256), with which options, against which list versions, as which batch. Its output, once read whole, is
    /// recorded as <see cref="AuditActions.ScreenFile"/>.</summary>
    /// <param name="batch">The batch as stored.</param>
    /// <param name="actor">Who sent it.</param>
    /// <param name="cancellationToken">Cancels waiting for the audit commit.</param>
    public async Task RecordBatchSubmitAsync(BatchFileState batch, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry(actor.Name, AuditActions.BatchSubmit, batch.InputName)
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("file", batch.InputName);
                if (batch.InputSha256 is not null) json.WriteString("sha256", batch.InputSha256);
                json.WriteString("format", batch.Format.ToString().ToLowerInvariant());
                WriteOptions(json, batch.Options);
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("batch", batch.Id);
                if (batch.Rows is { } rows) json.WriteNumber("rows", rows);
                if (batch.Chunks is { } chunks) json.WriteNumber("chunks", chunks);
                json.WriteEndObject();
            }),
            ListVersions = [.. batch.Versions],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a batch file's stored rows and output dropped (<c>DELETE /v1/batches/{id}</c>).</summary>
    /// <param name="batch">The batch as it was.</param>
    /// <param name="actor">Who removed it.</param>
    /// <param name="cancellationToken">Cancels waiting for the audit commit.</param>
    public async Task RecordBatchRemoveAsync(BatchFileState batch, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry(actor.Name, AuditActions.BatchRemove, batch.InputName)
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("batch", batch.Id);
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("state", batch.Phase);
                json.WriteNumber("chunks_done", batch.ChunksDone);
                json.WriteEndObject();
            }),
            ListVersions = [.. batch.Versions],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds every listed name inside a text and records the request in the audit trail (the text, the
    /// names found with their spans, the list versions); returns once the record is committed.</summary>
    /// <param name="text">The text (a remittance line, an invoice, a paragraph).</param>
    /// <param name="options">Threshold, lists, as-of date.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels waiting for the audit commit.</param>
    /// <returns>The names found, in the order written, and the versions used.</returns>
    public async Task<TextScreeningOutcome> ScreenTextAsync(string text, ScreeningOptions options, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(actor);
        var state = _lists.Current;
        var started = Stopwatch.GetTimestamp();
        var hits = state.Screener.ScreenText(text, options);
        _metrics.Screened(Stopwatch.GetElapsedTime(started).TotalSeconds, hits.Count > 0);
        var outcome = new TextScreeningOutcome(hits, state.Screener.VersionsInForce(options.AsOf, options.Lists));
        var entry = new AuditEntry(actor.Name, AuditActions.ScreenText, string.Create(CultureInfo.InvariantCulture, $"{text.Length} characters"))
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("text", text);
                WriteOptions(json, options);
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("matches");
                foreach (var hit in hits)
                {
                    json.WriteStartObject();
                    json.WriteString("list", hit.Entry.Source);
                    json.WriteString("ref", hit.Entry.Reference);
                    json.WriteNumber("score", hit.Score);
                    json.WriteNumber("start", hit.Start);
                    json.WriteNumber("length", hit.Length);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }),
            ListVersions = [.. outcome.Versions.Select(v => v.ToString())],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    ScreeningOutcome Screen(ListState state, PartyQuery query, ScreeningOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var hits = state.Screener.Screen(query, options);
        _metrics.Screened(Stopwatch.GetElapsedTime(started).TotalSeconds, hits.Count > 0);
        return new ScreeningOutcome(hits, state.Screener.VersionsInForce(options.AsOf, options.Lists))
        {
            NotInForce = state.Screener.ListsNotInForce(options.AsOf, options.Lists),
        };
    }

    static void WriteQuery(Utf8JsonWriter json, string? id, PartyQuery query, ScreeningOptions options)
    {
        json.WriteStartObject();
        if (id is not null) json.WriteString("id", id);
        json.WriteString("name", query.Name);
        json.WriteString("type", MatchJson.Kind(query.Kind));
        if (query.DateOfBirth is { } dob) json.WriteString("dob", dob.ToString());
        if (query.Nationality is not null) json.WriteString("nationality", query.Nationality);
        WriteOptions(json, options);
        json.WriteEndObject();
    }

    /// <summary>The options of a screening as its audit record keeps them: threshold, lists asked for, as-of date.</summary>
    static void WriteOptions(Utf8JsonWriter json, ScreeningOptions options)
    {
        json.WriteNumber("threshold", options.Threshold);
        if (options.Lists.Count > 0)
        {
            json.WriteStartArray("lists");
            foreach (var list in options.Lists) json.WriteStringValue(list);
            json.WriteEndArray();
        }
        if (options.AsOf is { } asOf) json.WriteString("as_of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
