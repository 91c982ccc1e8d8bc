using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
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
/// maximum), computed once per party token and list. The quick form of the bound looks nothing up: a word whose
/// weight is not known yet counts at the least weight any list can give it when it matches nothing (which only
/// raises the party coverage) and anywhere between its least and most when it matches.</para>
/// </remarks>
sealed class ForwardEstimate
{
    readonly NameIndex _parties;
    readonly NameIndex _list;

    /// <summary>Forward rarity of each party token against the list, 0 until computed (a rarity is never 0). Written
    /// from several threads: every writer computes the same value. A token's weight also depends on its kind in each
    /// name (<c>Sayed</c> is a title in <c>AHMAD, Sayed</c> and may be a word elsewhere), so the rarity is kept, not the weight.</summary>
    readonly float[] _partyRarity;

    public ForwardEstimate(PartyTable table, NameIndex list)
    {
        _parties = table.Names;
        Layout = table.Layout;
        _list = list;
        _partyRarity = new float[_parties.TokenCount];
    }

    /// <summary>The parties' names laid out for bounds.</summary>
    public PartyNameLayout Layout { get; }

    /// <summary>The share of the listed name's weight the party name can cover, and the bound of the forward name
    /// score; <paramref name="quick"/> looks no party word's rarity up.</summary>
    public (float ListedCoverage, float Score) Of(ListedNameMatches matches, float listedWeight, int nameId, bool quick)
    {
        var tokens = _parties.NameTokens;
        int start = _parties.NameTokenStart[nameId], end = _parties.NameTokenStart[nameId + 1];
        var words = Layout.WordCount[nameId];
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
            int from = Layout.From[i], to = Math.Min(from + Layout.Length[i], (int)words);
            for (var j = from; j < to; j++) best[j] = Math.Max(best[j], similarity);
        }
        var kinds = _parties.Names[nameId].Kinds;
        var partyCoverage = quick ? QuickPartyCoverage(tokens, kinds, start, best[..words]) : ExactPartyCoverage(tokens, kinds, start, best[..words]);
        // The share returned is the plain one (what retrieval's requirement is stated in); the score bound counts
        // every uncovered listed word as excused.
        var listedShare = listedWeight > 0 ? Math.Min(1, listedCovered / listedWeight) : 0;
        return (listedShare, (float)ScoreModel.Blend(partyCoverage, ScoreModel.ListedCoverageBound(listedCovered, listedWeight)));
    }

    float ExactPartyCoverage(int[] tokens, TokenKind[] kinds, int start, ReadOnlySpan<float> best)
    {
        float covered = 0, total = 0;
        for (var j = 0; j < best.Length; j++)
        {
            var token = tokens[start + j];
            var weight = Weighting.Weight(kinds[j], PartyRarity(token), _parties.TokenText[token].Length);
            covered += best[j] * weight;
            total += weight;
        }
        return total > 0 ? Math.Min(1, covered / total) : 0;
    }

    /// <summary>The most the party coverage can be without looking any word's rarity up: a word whose weight is not
    /// known yet may weigh anything from the least to the most any list gives it. The ratio
    /// <c>Σ best·w / Σ w</c> is largest when every word whose similarity beats the ratio weighs its most and every
    /// other its least, so the best-first prefixes are tried.</summary>
    float QuickPartyCoverage(int[] tokens, TokenKind[] kinds, int start, ReadOnlySpan<float> best)
    {
        Span<float> similarity = stackalloc float[best.Length];
        Span<float> low = stackalloc float[best.Length];
        Span<float> high = stackalloc float[best.Length];
        var matched = 0;
        float fixedCovered = 0, fixedTotal = 0;
        for (var j = 0; j < best.Length; j++)
        {
            var token = tokens[start + j];
            var length = _parties.TokenText[token].Length;
            var rarity = Volatile.Read(ref _partyRarity[token]);
            var lightest = Weighting.Weight(kinds[j], Weighting.MinimumRarity, length);
            if (best[j] == 0)
            {
                fixedTotal += rarity > 0 ? Weighting.Weight(kinds[j], rarity, length) : lightest;
                continue;
            }
            if (rarity > 0)
            {
                var known = Weighting.Weight(kinds[j], rarity, length);
                fixedCovered += best[j] * known;
                fixedTotal += known;
                continue;
            }
            similarity[matched] = best[j];
            low[matched] = lightest;
            high[matched] = Weighting.Weight(kinds[j], 1f, length);
            matched++;
        }
        // Best similarity first: insertion sort of a handful of words.
        for (var i = 1; i < matched; i++)
        {
            for (var k = i; k > 0 && similarity[k] > similarity[k - 1]; k--)
            {
                (similarity[k], similarity[k - 1]) = (similarity[k - 1], similarity[k]);
                (low[k], low[k - 1]) = (low[k - 1], low[k]);
                (high[k], high[k - 1]) = (high[k - 1], high[k]);
            }
        }
        var most = 0f;
        for (var heavy = 0; heavy <= matched; heavy++)
        {
            float covered = fixedCovered, total = fixedTotal;
            for (var i = 0; i < matched; i++)
            {
                var weight = i < heavy ? high[i] : low[i];
                covered += similarity[i] * weight;
                total += weight;
            }
            if (total > 0) most = Math.Max(most, covered / total);
        }
        return Math.Min(1, most);
    }

    /// <summary>The rarity the forward query gives this party word: as <c>PreparedQuery.Prepare</c> computes it (its
    /// weight is that rarity under the word's kind in the name).</summary>
    float PartyRarity(int token)
    {
        var rarity = Volatile.Read(ref _partyRarity[token]);
        if (rarity > 0) return rarity;
        rarity = QueryUnit.Lookup(_parties.TokenText[token], 0, 1, _list).Rarity(_list);
        Volatile.Write(ref _partyRarity[token], rarity);
        return rarity;
    }
}
