using Interdict.Matching.Index;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Monitoring;

/// <summary>An upper bound of the forward name score of a party found by a reverse look-up: the score the party's
/// name would get as a query against the listed name, computed from the reverse look-up's word matches.</summary>
/// <remarks>
/// <para>The forward score is <c>0.6 × party coverage + 0.4 × listed coverage</c> (1.0 and 0.98 only for complete
/// exact matches). Both coverages are bounded here: every word of either name counted at its best similarity with
/// any word or joined run of the other, which an alignment pairing each word once never exceeds. Similarities are
/// symmetric, so the reverse matches are the forward ones.</para>
/// <para>The weights are the forward ones: the listed words' rarity on the list, and the party's words' rarity as
/// the forward query reads it from the list's index (its own, or that of the rarest listed word it matches, or the
/// maximum), cached per party token for one re-screen.</para>
/// </remarks>
sealed class ForwardEstimate(NameIndex parties, NameIndex list)
{
    /// <summary>Forward weight of each party token, 0 until computed. Written from several threads: every writer
    /// computes the same value.</summary>
    readonly float[] _partyWeights = new float[parties.TokenCount];

    /// <summary>The share of the listed name's weight the party name can cover, and the bound of the forward name score.</summary>
    public (double ListedCoverage, double Score) Of(ReverseQuery listed, float[] unitWeights, float listedWeight, int nameId)
    {
        var name = parties.Names[nameId];
        var listedCovered = 0f;
        var partyCovered = 0f;
        var partyTotal = 0f;
        for (var j = 0; j < name.Tokens.Length; j++)
        {
            listedCovered += ReverseCandidates.BestCover(listed, unitWeights, name.Tokens[j]);
            var best = BestSimilarity(listed, name.Tokens[j]);
            foreach (var span in name.Spans)
            {
                if (span.Start <= j && j < span.Start + span.Length) best = Math.Max(best, BestSimilarity(listed, span.Token));
            }
            var weight = PartyWeight(name.Tokens[j]);
            partyCovered += best * weight;
            partyTotal += weight;
        }
        foreach (var span in name.Spans) listedCovered += ReverseCandidates.BestCover(listed, unitWeights, span.Token);
        var listedCoverage = listedWeight > 0 ? Math.Min(1, listedCovered / listedWeight) : 0;
        var partyCoverage = partyTotal > 0 ? Math.Min(1, partyCovered / partyTotal) : 0;
        return (listedCoverage, 0.6 * partyCoverage + 0.4 * listedCoverage);
    }

    /// <summary>The weight the forward query gives this party word: as <c>PreparedQuery.Prepare</c> computes it.</summary>
    float PartyWeight(int token)
    {
        var weight = Volatile.Read(ref _partyWeights[token]);
        if (weight > 0) return weight;
        var text = parties.TokenText[token];
        var rarity = QueryUnit.Lookup(text, 0, 1, list).Rarity(list);
        weight = Weighting.Weight(Normalization.NameNormalizer.KindOf(text), rarity, text.Length);
        Volatile.Write(ref _partyWeights[token], weight);
        return weight;
    }

    static float BestSimilarity(ReverseQuery listed, int token)
    {
        var best = 0f;
        foreach (var match in listed.MatchesOf(token)) best = Math.Max(best, match.Similarity);
        return best;
    }
}
