using Interdict.Matching.Index;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Monitoring;

/// <summary>An upper bound of the forward name score of a party name against a listed name: the score the party's
/// name would get as a query against the listed name, computed from the reverse look-up's word matches.</summary>
/// <remarks>
/// <para>The forward score is <c>0.6 × party coverage + 0.4 × listed coverage</c> (1.0 and 0.98 only for complete
/// exact matches). Both coverages are bounded here: every word of either name counted at its best similarity with
/// any word or joined run of the other, which an alignment pairing each word once never exceeds. Similarities are
/// symmetric, so the reverse matches are the forward ones.</para>
/// <para>The weights are the forward ones: the listed words' rarity on the list, and the party's words' rarity as
/// the forward query reads it from the list's index (its own, or that of the rarest listed word it matches, or the
/// maximum), computed once per party token and list. The quick form of the bound counts a party word that matches
/// nothing at the least weight any list can give it (<see cref="PartyNameLayout.Lightest"/>), which only raises
/// the party coverage, and spares the look-up of its rarity.</para>
/// </remarks>
sealed class ForwardEstimate
{
    readonly NameIndex _parties;
    readonly NameIndex _list;
    readonly PartyNameLayout _layout;

    /// <summary>Forward weight of each party token, 0 until computed. Written from several threads: every writer
    /// computes the same value.</summary>
    readonly float[] _partyWeights;

    public ForwardEstimate(PartyTable table, NameIndex list)
    {
        _parties = table.Names;
        _layout = table.Layout;
        _list = list;
        _partyWeights = new float[_parties.TokenCount];
    }

    /// <summary>The parties' names laid out for bounds.</summary>
    public PartyNameLayout Layout => _layout;

    /// <summary>The share of the listed name's weight the party name can cover, and the bound of the forward name
    /// score; <paramref name="quick"/> counts unmatched party words at their least weight.</summary>
    public (float ListedCoverage, float Score) Of(ListedNameMatches matches, float listedWeight, int nameId, bool quick)
    {
        var tokens = _parties.NameTokens;
        int start = _parties.NameTokenStart[nameId], end = _parties.NameTokenStart[nameId + 1];
        var words = _layout.WordCount[nameId];
        if (words > PartyNameLayout.MaxWords) return (1, 1); // not bounded: always a candidate
        Span<float> best = stackalloc float[PartyNameLayout.MaxWords];
        best[..words].Clear();
        var listedCovered = 0f;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            var similarity = matches.Similarity(token);
            if (similarity == 0) continue;
            listedCovered += matches.Cover(token);
            // A joined run raises every word it covers (won ho read as wonho).
            int from = _layout.From[i], to = Math.Min(from + _layout.Length[i], (int)words);
            for (var j = from; j < to; j++) best[j] = Math.Max(best[j], similarity);
        }
        float partyCovered = 0, partyTotal = 0;
        for (var j = 0; j < words; j++)
        {
            var token = tokens[start + j];
            var weight = best[j] == 0 && quick ? _layout.Lightest[token] : PartyWeight(token);
            partyCovered += best[j] * weight;
            partyTotal += weight;
        }
        var listedCoverage = listedWeight > 0 ? Math.Min(1, listedCovered / listedWeight) : 0;
        var partyCoverage = partyTotal > 0 ? Math.Min(1, partyCovered / partyTotal) : 0;
        return (listedCoverage, 0.6f * partyCoverage + 0.4f * listedCoverage);
    }

    /// <summary>The weight the forward query gives this party word: as <c>PreparedQuery.Prepare</c> computes it.</summary>
    float PartyWeight(int token)
    {
        var weight = Volatile.Read(ref _partyWeights[token]);
        if (weight > 0) return weight;
        var text = _parties.TokenText[token];
        var rarity = QueryUnit.Lookup(text, 0, 1, _list).Rarity(_list);
        weight = Weighting.Weight(Normalization.NameNormalizer.KindOf(text), rarity, text.Length);
        Volatile.Write(ref _partyWeights[token], weight);
        return weight;
    }
}
