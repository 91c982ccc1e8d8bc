using Interdict.Matching.Index;
using Interdict.Matching.Monitoring;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Monitoring;

/// <summary>Measures how loose the reverse look-up must be: for each forward name hit, the best reverse score of the
/// entry's names against the party's name (rarity among parties), the listed coverage bound and the forward estimate.</summary>
/// <remarks>Shared with the benchmark, which reports the figure for a million parties.</remarks>
static class ReverseScores
{
    /// <summary>The lowest reverse name score over the name hits (identifier-decided hits left out); 1 when none.</summary>
    public static (double Score, double EntryCoverage, double Estimate) Lowest(PartyIndex parties, Screener screener, IEnumerable<MonitoredHit> hits)
    {
        var table = parties.Table;
        var namesOfSlot = new Dictionary<int, List<int>>();
        for (var n = 0; n < table.Names.NameCount; n++)
        {
            var slot = table.Names.Names[n].Entry;
            if (!namesOfSlot.TryGetValue(slot, out var list)) namesOfSlot[slot] = list = [];
            list.Add(n);
        }
        double lowest = 1.0, lowestCoverage = 1.0, lowestEstimate = 1.0;
        foreach (var hit in hits)
        {
            if (hit.Hit.Explanation.Evidence.Any(e => e.Outcome == EvidenceOutcome.Decisive)) continue;
            if (!table.Slots.TryGetValue(hit.PartyId, out var slot) || !namesOfSlot.TryGetValue(slot, out var names)) continue;
            double best = 0.0, coverage = 0.0, estimate = 0.0;
            var list = screener.IndexInForce(hit.Hit.Entry.Source, null)!;
            foreach (var part in NameIndexBuilder.NamesToIndex(hit.Hit.Entry))
            {
                var normalized = NameNormalizer.Normalize(part.Full);
                if (normalized.Count == 0) continue;
                var prepared = PreparedQuery.Prepare(normalized, table.Names);
                var weights = ReverseCandidates.ForwardWeights(normalized, list);
                var reverse = ReverseQuery.Prepare(normalized, table.Names);
                var matches = ListedNameMatches.For(reverse, ReverseCandidates.UnitWeights(reverse, weights), table.Names.TokenCount);
                var estimator = table.EstimateFor(list);
                foreach (var name in names)
                {
                    best = Math.Max(best, NameScorer.Score(prepared, table.Names.Names[name]));
                    var (entryCoverage, score) = estimator.Of(matches, weights.Sum(), name, quick: false);
                    coverage = Math.Max(coverage, entryCoverage);
                    estimate = Math.Max(estimate, score);
                }
            }
            lowest = Math.Min(lowest, best);
            lowestCoverage = Math.Min(lowestCoverage, coverage);
            lowestEstimate = Math.Min(lowestEstimate, estimate);
        }
        return (lowest, lowestCoverage, lowestEstimate);
    }
}
