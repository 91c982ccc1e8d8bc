using Interdict.Core.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Monitoring;

/// <summary>Re-screens monitored parties after a list update: only the parties that the added and changed entries
/// can match, found by looking the entries up in a <see cref="PartyIndex"/> (reverse screening).</summary>
/// <remarks>
/// <para>Two steps. Retrieval: every name of every changed entry (with the parts the forward index splits off:
/// <c>;</c>-separated names, parentheses) is prepared against the parties' name index. Its words are weighed as the
/// forward score weighs them (by rarity on the list, not among the parties, where <c>Kim</c> is far commoner), so
/// a party name must be able to cover the share of the listed name that a forward hit needs, and then the party's
/// <see cref="ForwardEstimate"/> (an upper bound of its forward name score) must reach
/// <see cref="MinimumNameScore"/>. Every identifier of the entry (IMO, BIC, document numbers) is looked up among
/// the parties' identifiers, and every party created or updated since the base was built is taken as it is.
/// Scoring: each candidate is screened with <see cref="Screener.Screen"/> against the new list version, and only
/// hits on the changed entries are kept, so scores and explanations are those of a full re-screen.</para>
/// <para>Retrieval never drops a forward hit: both filters are upper bounds of the forward score computed with the
/// forward weights and symmetric word similarities (docs/matching.md, "Reverse screening for list updates"). The
/// equality with a full re-screen is asserted by tests and by the benchmark on a million parties.</para>
/// </remarks>
public static class DeltaRescreening
{
    /// <summary>The least name score of a forward hit at <paramref name="threshold"/>: evidence (date of birth,
    /// nationality) adds at most 0.04; a little is left for rounding.</summary>
    public static double MinimumNameScore(double threshold) => ScoreModel.MinimumNameScore(threshold);

    /// <summary>Hits of the monitored parties on <paramref name="entries"/> (the entries a list update added or
    /// changed, as they are in the new version), equal to screening every party with <paramref name="screener"/>
    /// and keeping the hits on those entries.</summary>
    /// <param name="parties">The monitored parties.</param>
    /// <param name="entries">Added and changed entries, from the new version.</param>
    /// <param name="screener">A screener holding the new version.</param>
    /// <param name="options">The screening options of a full re-screen (threshold, lists, date, hits per party).</param>
    public static RescreenResult Rescreen(PartyIndex parties, IEnumerable<ListEntry> entries, Screener screener, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(screener);
        options ??= new ScreeningOptions();
        var changed = entries.ToArray();
        var keys = changed.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0) return new RescreenResult([], parties.Count, 0);

        var candidates = CandidateSlots(parties.Table, changed, screener, options);
        var toScreen = new List<MonitoredParty>(candidates.Count + parties.Overlay.Count);
        foreach (var slot in candidates)
        {
            var party = parties.Table.Parties[slot];
            if (parties.Tombstones.IsEmpty || !parties.Tombstones.Contains(party.Id)) toScreen.Add(party);
        }
        toScreen.AddRange(parties.Overlay.Values);
        return new RescreenResult(Screen(toScreen, screener, options, keys), parties.Count, toScreen.Count);
    }

    /// <summary>Screens every live party against <paramref name="screener"/> on both cores: the full re-screen that
    /// <see cref="Rescreen"/> avoids, kept for new indexes, audits and comparisons.</summary>
    /// <param name="parties">The monitored parties.</param>
    /// <param name="screener">The screener.</param>
    /// <param name="options">Screening options.</param>
    /// <param name="onlyEntries">When given, only hits on these entries (by key) are kept.</param>
    public static RescreenResult ScreenAll(PartyIndex parties, Screener screener, ScreeningOptions? options = null, IEnumerable<ListEntry>? onlyEntries = null)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(screener);
        var keys = onlyEntries?.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var all = parties.Parties().ToList();
        return new RescreenResult(Screen(all, screener, options ?? new ScreeningOptions(), keys), parties.Count, all.Count);
    }

    /// <summary>Base slots of the parties that a changed entry can match, ascending.</summary>
    internal static List<int> CandidateSlots(PartyTable table, ListEntry[] entries, Screener screener, ScreeningOptions options)
    {
        var marks = new bool[table.Parties.Length];
        if (marks.Length == 0) return [];
        // Entries share names (a name and its ;-separated parts, the same alias in two entries): each distinct name of
        // each list and kind is looked up once.
        var work = new Dictionary<(NameIndex List, string Key, PartyKind Kind), NormalizedName>();
        var splits = new Dictionary<NameIndex, SplitReadings>();
        foreach (var entry in entries)
        {
            foreach (var value in ListedIdentifiers(entry))
            {
                if (!table.Identifiers.TryGetValue(value, out var slots)) continue;
                foreach (var slot in slots) marks[slot] = true;
            }
            if (screener.IndexInForce(entry.Source, options.AsOf) is not { } list) continue;
            if (!splits.ContainsKey(list)) splits[list] = table.SplitReadingsFor(list);
            foreach (var name in NameIndexBuilder.NamesToIndex(entry))
            {
                var normalized = NameNormalizer.Normalize(name.Full);
                if (normalized.Count > 0) work.TryAdd((list, normalized.Key, entry.Kind), normalized);
            }
        }
        var index = table.Names;
        var required = ReverseCandidates.RequiredListedCoverage(options.Threshold);
        var minimum = (float)MinimumNameScore(options.Threshold);
        // Each work item writes only `true` into the shared marks: concurrent writes of the same value are harmless.
        Parallel.ForEach(work, item =>
        {
            var ((list, _, kind), normalized) = item;
            var prepared = ReverseQuery.Prepare(normalized, index);
            var weights = ReverseCandidates.ForwardWeights(normalized, list);
            foreach (var nameId in ReverseCandidates.Collect(prepared, weights, kind, table.EstimateFor(list), index, required, minimum))
            {
                marks[index.Names[nameId].Entry] = true;
            }
            // The second reading of names written together, looked up the same way.
            var split = splits[list];
            if (split.BaseSlots.Length == 0) return;
            var names = split.Table.Names;
            foreach (var nameId in ReverseCandidates.Collect(ReverseQuery.Prepare(normalized, names), weights, kind, split.Table.EstimateFor(list), names, required, minimum))
            {
                marks[split.BaseSlots[names.Names[nameId].Entry]] = true;
            }
        });
        var result = new List<int>();
        for (var slot = 0; slot < marks.Length; slot++)
        {
            if (marks[slot]) result.Add(slot);
        }
        return result;
    }

    /// <summary>Every identifier value of the entry in canonical form (a superset of those the forward index keeps).</summary>
    static IEnumerable<string> ListedIdentifiers(ListEntry entry) =>
        entry.Identifiers.Select(i => i.Value).Concat(entry.Documents.Select(d => Identifier.Canonical(d.Number))).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>Screens the parties on every core, keeping the hits on <paramref name="keys"/> (all when null),
    /// ordered by party id, then score (best first), then entry key.</summary>
    static List<MonitoredHit> Screen(List<MonitoredParty> parties, Screener screener, ScreeningOptions options, HashSet<string>? keys)
    {
        var all = new List<MonitoredHit>();
        var gate = new object();
        Parallel.For(0, parties.Count, () => new List<MonitoredHit>(), (i, _, local) =>
        {
            var party = parties[i];
            foreach (var hit in screener.Screen(party.Query, options))
            {
                if (keys is null || keys.Contains(hit.Entry.Key)) local.Add(new MonitoredHit(party.Id, hit));
            }
            return local;
        }, local =>
        {
            lock (gate) all.AddRange(local);
        });
        all.Sort(static (a, b) =>
        {
            var byParty = string.CompareOrdinal(a.PartyId, b.PartyId);
            if (byParty != 0) return byParty;
            var byScore = b.Hit.Score.CompareTo(a.Hit.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.Hit.Entry.Key, b.Hit.Entry.Key);
        });
        return all;
    }
}
