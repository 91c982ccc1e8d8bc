using Interdict.Matching.Index;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Monitoring;

/// <summary>An upper estimate of the forward name score of a party found by a reverse look-up, with the shares of
/// the score the right way round: in the forward score the party's words are the query (60 %) and the entry's
/// words the listed name (40 %); in the reverse look-up it is the other way.</summary>
/// <remarks>Both coverages are upper bounds: every word (or joined run) of the party's name counted at its best
/// similarity with any unit of the entry name, which an alignment pairing each word once can never exceed. The
/// entry's words are weighed as the forward score weighs them (rarity on the list); the party's words by their
/// rarity among the parties, which is why the re-screen compares the estimate with a bound below the threshold.</remarks>
static class ForwardEstimate
{
    /// <summary>The share of the entry name's weight the party name can cover, and the estimate of the forward score.</summary>
    public static (double EntryCoverage, double Score) Of(PreparedQuery entryName, float[] unitWeights, float entryWeight, NameIndex parties, int nameId)
    {
        var name = parties.Names[nameId];
        var entryCovered = 0f;
        var partyCovered = 0f;
        for (var j = 0; j < name.Tokens.Length; j++)
        {
            entryCovered += ReverseCandidates.BestCover(entryName, unitWeights, name.Tokens[j]);
            var best = BestSimilarity(entryName, name.Tokens[j]);
            foreach (var span in name.Spans)
            {
                if (span.Start <= j && j < span.Start + span.Length) best = Math.Max(best, BestSimilarity(entryName, span.Token));
            }
            partyCovered += best * name.Weights[j];
        }
        foreach (var span in name.Spans) entryCovered += ReverseCandidates.BestCover(entryName, unitWeights, span.Token);
        var entryCoverage = entryWeight > 0 ? Math.Min(1, entryCovered / entryWeight) : 0;
        var partyCoverage = name.TotalWeight > 0 ? Math.Min(1, partyCovered / name.TotalWeight) : 0;
        return (entryCoverage, 0.6 * partyCoverage + 0.4 * entryCoverage);
    }

    static float BestSimilarity(PreparedQuery entryName, int token)
    {
        var best = 0f;
        foreach (var match in entryName.MatchesOf(token)) best = Math.Max(best, match.Similarity);
        return best;
    }
}
