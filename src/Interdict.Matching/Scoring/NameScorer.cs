using Interdict.Matching.Index;
using Interdict.Matching.Normalization;

namespace Interdict.Matching.Scoring;

/// <summary>Scores a prepared query against one indexed name: word-order independent alignment of words,
/// weighted by how much identity each word carries.</summary>
/// <remarks>
/// Every query word (or joined run of words) is paired with at most one listed word (or joined run),
/// strongest pairing first; an initial of the query (<c>V.</c>) may pair with a listed word of that letter. Then
/// <c>score = 0.6 × (matched query weight / query weight) + 0.4 × listed coverage</c> (<see cref="ScoreModel"/>), where a
/// pairing contributes its similarity times the weights of the words it covers. A missing query word
/// costs more than a missing listed word, because lists carry full names and callers often give fewer words; a
/// listed middle name or patronymic the query lacks, or a name it gives as an initial, costs less still (excused:
/// <c>Vladimir Putin</c> / <c>PUTIN, Vladimir Vladimirovich</c>). Two different known given names left unpaired on
/// both sides cost <see cref="GivenNameConflict"/> more (<c>Mahmoud Ben Belgacem</c> is not <c>Mohamed Ben Belgacem</c>),
/// and two different numbers <see cref="NumberConflict"/>.
/// 1.0 is reserved for identical normalised names; the same words in another order score 0.98, and
/// anything less exact is capped at 0.96.
/// </remarks>
static class NameScorer
{
    public const double Exact = 1.0;
    public const double Reordered = 0.98;
    public const double InexactCeiling = 0.96;

    /// <summary>The similarity of an initial and a listed word of that letter, on the query's side; the listed word
    /// counts as excused, not as matched.</summary>
    public const float InitialSimilarity = 0.9f;

    /// <summary>Subtracted when a known given name of the query and another of the listed name are both left unpaired.</summary>
    public const double GivenNameConflict = 0.08;

    /// <summary>Subtracted when a number of the query and another of the listed name are both left unpaired: different
    /// numbers, different ships (<c>SEA PONY 1</c> / <c>SEA PONY 2</c>).</summary>
    public const double NumberConflict = 0.15;

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
        count = CollectInitials(query, name, options, count);
        var candidates = options[..count];
        SortByValue(candidates);

        ulong queryUsed = 0, listedUsed = 0;
        float queryMatched = 0, listedMatched = 0;
        ulong excused = 0;
        var allExact = true;
        foreach (var pairing in candidates)
        {
            if ((pairing.QueryMask & queryUsed) != 0 || (pairing.ListedMask & listedUsed) != 0) continue;
            queryUsed |= pairing.QueryMask;
            listedUsed |= pairing.ListedMask;
            queryMatched += pairing.Similarity * pairing.QueryWeight;
            listedMatched += pairing.Similarity * pairing.ListedWeight;
            if (pairing.Kind == MatchKind.Initial) excused |= pairing.ListedMask;
            allExact &= pairing.Kind == MatchKind.Exact && !pairing.Joined;
            chosen?.Add(pairing);
        }

        var queryComplete = queryUsed == Mask(query.Name.Count);
        // A person's middle names and patronymic that the query lacks, when the query met the name otherwise and
        // holds its first and last words (Vladimir Putin / PUTIN Vladimir Vladimirovich: a patronymic at the end is
        // not needed).
        if (name.Excusable != 0 && queryComplete && query.Name.Count >= 2 && (listedUsed & name.Anchors) == name.Anchors)
        {
            excused |= name.Excusable & ~listedUsed;
        }
        var excusedWeight = 0f;
        for (var j = 0; j < name.Tokens.Length && j < 64; j++)
        {
            if ((excused & (1UL << j)) != 0) excusedWeight += name.Weights[j];
        }
        var queryCoverage = query.TotalWeight > 0 ? queryMatched / query.TotalWeight : 0;
        var denominator = name.TotalWeight - (1 - ScoreModel.ExcusedShare) * excusedWeight;
        var listedCoverage = denominator > 0 ? Math.Min(1, listedMatched / denominator) : 0;
        var score = ScoreModel.Blend(queryCoverage, listedCoverage);
        // A known given name, or an initial, of the query left unpaired beside a known given name of the listed name
        // left unpaired: the two say different people (Mahmoud / Mohamed; F. / Jules).
        if (((query.Structure.GivenNames | query.Structure.Initials) & ~queryUsed) != 0 && (name.GivenNames & ~listedUsed) != 0) score -= GivenNameConflict;
        if ((query.Structure.Numbers & ~queryUsed) != 0 && (name.Numbers & ~listedUsed) != 0) score -= NumberConflict;
        var complete = queryComplete && listedUsed == Mask(name.Tokens.Length);
        score = allExact && complete ? Reordered : Math.Min(score, InexactCeiling);
        return Math.Clamp(score, 0, 1);
    }

    /// <summary>Pairs each initial of the query with the listed words of its letter (and each listed initial with the
    /// query words of its letter): an initial covers its own weight at <see cref="InitialSimilarity"/>, the word it
    /// stands for is excused, not matched.</summary>
    static int CollectInitials(PreparedQuery query, IndexedName name, Span<Pairing> options, int count)
    {
        var queryInitials = query.Structure.Initials;
        if (queryInitials == 0 && name.Initials == 0) return count;
        var queryLetters = query.Structure.FirstLetters;
        for (var i = 0; i < queryLetters.Length && i < 64; i++)
        {
            var queryInitial = (queryInitials & (1UL << i)) != 0;
            for (var j = 0; j < name.FirstLetters.Length && j < 64; j++)
            {
                if (name.FirstLetters[j] != queryLetters[i]) continue;
                var listedInitial = (name.Initials & (1UL << j)) != 0;
                // A single letter is an initial even where it is also a function word (A., E., Y.). A title written in
                // full on one side may be an initial on the other (H. Ashraf / Haji M. Ashraf, C. I. Kaina / Colonel
                // Innocent Kaina): in many names the honorific is part of how the person is called.
                if (queryInitial == listedInitial || name.Kinds[j] is not (TokenKind.Word or TokenKind.Stop or TokenKind.Title)
                    || query.Name.Kinds[i] is not (TokenKind.Word or TokenKind.Stop or TokenKind.Title)) continue;
                if (!queryInitial && query.Name.Kinds[i] == TokenKind.Stop || queryInitial && name.Kinds[j] == TokenKind.Stop) continue;
                if (count == options.Length) return count;
                // A listed initial met by a query word: the query word is covered as if by the initial, nothing excused.
                options[count++] = queryInitial
                    ? new Pairing(Mask(i, 1), Mask(j, 1), InitialSimilarity, MatchKind.Initial, false, query.Weights[i], 0)
                    : new Pairing(Mask(i, 1), Mask(j, 1), InitialSimilarity, MatchKind.Initial, false, 0, name.Weights[j]);
            }
        }
        return count;
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
