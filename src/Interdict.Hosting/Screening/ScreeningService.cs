using System.Diagnostics;
using Interdict.Core.Screening;
using Interdict.Hosting.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Screening;

/// <summary>Screens parties against the lists being served, counts them in the metrics and records each in the audit trail.</summary>
/// <remarks>Thread-safe: each call reads one <see cref="ListState"/> and keeps it for the whole call.</remarks>
public sealed class ScreeningService
{
    readonly ListHost _lists;
    readonly ScreeningMetrics _metrics;

    /// <summary>Creates the service.</summary>
    /// <param name="lists">The lists being served.</param>
    /// <param name="metrics">Where screenings are counted.</param>
    public ScreeningService(ListHost lists, ScreeningMetrics metrics)
    {
        _lists = lists;
        _metrics = metrics;
    }

    /// <summary>Checks that every list named in <paramref name="lists"/> is loaded.</summary>
    /// <param name="lists">List ids asked for (empty: all).</param>
    /// <param name="error">What is wrong, naming the unknown list and the loaded ones.</param>
    /// <returns>True when all are loaded.</returns>
    public bool TryCheckLists(IReadOnlyCollection<string> lists, out string? error)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var loaded = _lists.Current.Sources;
        var unknown = lists.Where(l => !loaded.Contains(l, StringComparer.Ordinal)).ToArray();
        error = unknown.Length == 0 ? null
            : $"no list '{string.Join("', '", unknown)}' is loaded (loaded: {string.Join(", ", loaded)})";
        return error is null;
    }

    /// <summary>Screens one party.</summary>
    /// <param name="query">Who.</param>
    /// <param name="options">Threshold, lists, as-of date.</param>
    /// <returns>The hits and the versions used.</returns>
    public ScreeningOutcome Screen(PartyQuery query, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var state = _lists.Current;
        return Screen(state, query, options);
    }

    /// <summary>Screens several parties against one state of the lists (so a batch sees one consistent set of versions).</summary>
    /// <param name="queries">Who, each with its threshold, lists and as-of date.</param>
    /// <param name="cancellationToken">Stops between queries.</param>
    /// <returns>One outcome per query, in order.</returns>
    public IReadOnlyList<ScreeningOutcome> ScreenMany(IReadOnlyList<(PartyQuery Query, ScreeningOptions Options)> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var state = _lists.Current;
        var outcomes = new ScreeningOutcome[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes[i] = Screen(state, queries[i].Query, queries[i].Options);
        }
        return outcomes;
    }

    ScreeningOutcome Screen(ListState state, PartyQuery query, ScreeningOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var hits = state.Screener.Screen(query, options);
        _metrics.Screened(Stopwatch.GetElapsedTime(started).TotalSeconds, hits.Count > 0);
        return new ScreeningOutcome(hits, state.Screener.VersionsInForce(options.AsOf, options.Lists));
    }
}
