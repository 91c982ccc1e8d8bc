using Interdict.Matching.Index;
using Interdict.Matching.Monitoring;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Monitoring;

/// <summary>Measures how loose the reverse look-up must be: for each forward name hit, the best score of the entry's
/// names read as queries against the party's name in the party index (rarity among parties).</summary>
/// <remarks>Shared with the benchmark, which reports the figure for a million parties.</remarks>
static class ReverseScores
{
    /// <summary>The lowest reverse name score over the name hits (identifier-decided hits left out); 1 when none.</summary>
    public static (double Score, double EntryCoverage, double Estimate) Lowest(PartyIndex parties, IEnumerable<MonitoredHit> hits)
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
            foreach (var part in NameIndexBuilder.NamesToIndex(hit.Hit.Entry))
            {
                var normalized = NameNormalizer.Normalize(part.Full);
                if (normalized.Count == 0) continue;
                var prepared = PreparedQuery.Prepare(normalized, table.Names);
                foreach (var name in names)
                {
                    best = Math.Max(best, NameScorer.Score(prepared, table.Names.Names[name]));
                    var (entryCoverage, score) = ForwardEstimate.Of(prepared, table.Names, name);
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
