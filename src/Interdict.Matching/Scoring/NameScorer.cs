using Interdict.Matching.Index;

namespace Interdict.Matching.Scoring;

/// <summary>Scores a prepared query against one indexed name: word-order independent alignment of words,
/// weighted by how much identity each word carries.</summary>
/// <remarks>
/// Every query word (or joined run of words) is paired with at most one listed word (or joined run),
/// strongest pairing first. Then
/// <c>score = 0.6 × (matched query weight / query weight) + 0.4 × (matched listed weight / listed weight)</c>,
/// where a pairing contributes its similarity times the weights of the words it covers. A missing query word
/// costs more than a missing listed word, because lists carry full names and callers often give fewer words.
/// 1.0 is reserved for identical normalised names; the same words in another order score 0.98, and
/// anything less exact is capped at 0.96.
/// </remarks>
static class NameScorer
{
    public const double Exact = 1.0;
    public const double Reordered = 0.98;
    public const double InexactCeiling = 0.96;
    const float QueryShare = 0.6f;

    /// <summary>The score alone: no allocation, for every candidate.</summary>
    public static double Score(PreparedQuery query, IndexedName name)
    {
        if (string.Equals(query.Name.Key, name.Key, StringComparison.Ordinal)) return Exact;
        Span<Pairing> options = stackalloc Pairing[MaxPairings];
        return Align(query, name, options, chosen: null);
    }

    /// <summary>The score with the word pairings that made it, for hits.</summary>
    public static NameComparison Compare(PreparedQuery query, IndexedName name)
    {
        if (string.Equals(query.Name.Key, name.Key, StringComparison.Ordinal))
        {
            return new NameComparison(Exact, query.Name.Tokens.Select(t => new TokenMatch(t, t, MatchKind.Exact, 1, false)).ToArray(), [], []);
        }
        Span<Pairing> options = stackalloc Pairing[MaxPairings];
        var chosen = new List<Pairing>();
        var score = Align(query, name, options, chosen);
        ulong queryUsed = 0, listedUsed = 0;
        foreach (var pairing in chosen)
        {
            queryUsed |= pairing.QueryMask;
            listedUsed |= pairing.ListedMask;
        }
        var listedWords = name.Key.Split(' ');
        return new NameComparison(
            score,
            chosen.Select(p => Describe(query, listedWords, p)).ToArray(),
            Unmatched(query.Name.Tokens, queryUsed),
            Unmatched(listedWords, listedUsed));
    }

    /// <summary>The score, the query words the alignment used (bit i: word i) and the share of the listed name's
    /// weight they covered: what a search for a name inside longer text needs to cut the text down to the name.</summary>
    public static double Score(PreparedQuery query, IndexedName name, out ulong queryUsed, out float listedCoverage)
    {
        Span<Pairing> options = stackalloc Pairing[MaxPairings];
        var chosen = new List<Pairing>(8);
        var score = string.Equals(query.Name.Key, name.Key, StringComparison.Ordinal) ? Exact : Align(query, name, options, chosen);
        queryUsed = 0;
        var listedMatched = 0f;
        foreach (var pairing in chosen)
        {
            queryUsed |= pairing.QueryMask;
            listedMatched += pairing.Similarity * pairing.ListedWeight;
        }
        if (score >= Exact)
        {
            queryUsed = Mask(query.Name.Count);
            listedMatched = name.TotalWeight;
        }
        listedCoverage = name.TotalWeight > 0 ? Math.Min(1f, listedMatched / name.TotalWeight) : 0;
        return score;
    }

    const int MaxPairings = 48;

    /// <summary>Greedy alignment, strongest pairing first; returns the score and, when asked, the pairings kept.</summary>
    static double Align(PreparedQuery query, IndexedName name, Span<Pairing> options, List<Pairing>? chosen)
    {
        var count = CollectPairings(query, name, options);
        var candidates = options[..count];
        SortByValue(candidates);

        ulong queryUsed = 0, listedUsed = 0;
        float queryMatched = 0, listedMatched = 0;
        var allExact = true;
        foreach (var pairing in candidates)
        {
            if ((pairing.QueryMask & queryUsed) != 0 || (pairing.ListedMask & listedUsed) != 0) continue;
            queryUsed |= pairing.QueryMask;
            listedUsed |= pairing.ListedMask;
            queryMatched += pairing.Similarity * pairing.QueryWeight;
            listedMatched += pairing.Similarity * pairing.ListedWeight;
            allExact &= pairing.Kind == MatchKind.Exact && !pairing.Joined;
            chosen?.Add(pairing);
        }

        var queryCoverage = query.TotalWeight > 0 ? queryMatched / query.TotalWeight : 0;
        var listedCoverage = name.TotalWeight > 0 ? listedMatched / name.TotalWeight : 0;
        double score = QueryShare * queryCoverage + (1 - QueryShare) * listedCoverage;
        var complete = queryUsed == Mask(query.Name.Count) && listedUsed == Mask(name.Tokens.Length);
        score = allExact && complete ? Reordered : Math.Min(score, InexactCeiling);
        return Math.Clamp(score, 0, 1);
    }

    static int CollectPairings(PreparedQuery query, IndexedName name, Span<Pairing> options)
    {
        var count = 0;
        for (var j = 0; j < name.Tokens.Length; j++)
        {
            foreach (var match in query.MatchesOf(name.Tokens[j]))
            {
                if (count == options.Length) return count;
                var unit = query.Units[match.Unit];
                options[count++] = new Pairing(Mask(unit.Start, unit.Length), Mask(j, 1), match.Similarity, match.Kind, unit.Length > 1,
                    Sum(query.Weights, unit.Start, unit.Length), name.Weights[j]);
            }
        }
        foreach (var span in name.Spans)
        {
            foreach (var match in query.MatchesOf(span.Token))
            {
                var unit = query.Units[match.Unit];
                if (unit.Length > 1) continue; // a joined query run against a joined listed run adds nothing over word pairs
                if (count == options.Length) return count;
                options[count++] = new Pairing(Mask(unit.Start, 1), Mask(span.Start, span.Length), match.Similarity, match.Kind, true,
                    query.Weights[unit.Start], Sum(name.Weights, span.Start, span.Length));
            }
        }
        return count;
    }

    /// <summary>Strongest first; insertion sort, because a name comparison has a handful of pairings.</summary>
    static void SortByValue(Span<Pairing> pairings)
    {
        for (var i = 1; i < pairings.Length; i++)
        {
            var item = pairings[i];
            var j = i - 1;
            while (j >= 0 && pairings[j].Value < item.Value)
            {
                pairings[j + 1] = pairings[j];
                j--;
            }
            pairings[j + 1] = item;
        }
    }

    static float Sum(float[] weights, int start, int length)
    {
        var sum = 0f;
        for (var i = start; i < start + length; i++) sum += weights[i];
        return sum;
    }

    static ulong Mask(int count) => count >= 64 ? ulong.MaxValue : (1UL << count) - 1;
    static ulong Mask(int start, int length) => start >= 64 ? 0 : Mask(length) << start;

    static TokenMatch Describe(PreparedQuery query, string[] listedWords, Pairing pairing) =>
        new(Words(query.Name.Tokens, pairing.QueryMask), Words(listedWords, pairing.ListedMask), pairing.Kind,
            Math.Round(pairing.Similarity, 3), pairing.Joined);

    static string Words(IReadOnlyList<string> tokens, ulong mask)
    {
        var words = new List<string>();
        for (var i = 0; i < tokens.Count && i < 64; i++)
        {
            if ((mask & (1UL << i)) != 0) words.Add(tokens[i]);
        }
        return string.Join(' ', words);
    }

    static string[] Unmatched(IReadOnlyList<string> tokens, ulong used)
    {
        var words = new List<string>();
        for (var i = 0; i < tokens.Count && i < 64; i++)
        {
            if ((used & (1UL << i)) == 0) words.Add(tokens[i]);
        }
        return [.. words];
    }

    /// <summary>One candidate pairing of query words with listed words.</summary>
    readonly record struct Pairing(ulong QueryMask, ulong ListedMask, float Similarity, MatchKind Kind, bool Joined, float QueryWeight, float ListedWeight)
    {
        /// <summary>What the greedy alignment maximises: similarity, then the evidence covered.</summary>
        public float Value => Similarity * 4 + (QueryWeight + ListedWeight) * Similarity;
    }
}
