using Interdict.Matching.Index;
using Interdict.Matching.Korean;
using Interdict.Matching.Normalization;

namespace Interdict.Matching.Scoring;

/// <summary>A query name normalised and looked up in an index once, then scored against many candidate names.</summary>
/// <remarks>Every query word (and joinable run of words) is matched against the index's vocabulary once; the
/// result is kept per index token (<see cref="MatchesOf"/>), so scoring a candidate name costs one dictionary
/// look-up per word of that name.</remarks>
sealed class PreparedQuery
{
    // Token id -> position in _matches, in per-thread arrays stamped per query: scoring asks for every word of
    // every candidate name, and an array read beats a dictionary look-up there.
    [ThreadStatic] static TokenSlots? t_slots;

    readonly Dictionary<int, UnitMatch[]> _byToken;
    readonly UnitMatch[][] _matches;
    readonly float[] _bestCover;
    readonly TokenSlots _slots;
    readonly int _stamp;

    PreparedQuery(NormalizedName name, float[] weights, QueryUnit[] units, Dictionary<int, UnitMatch[]> byToken, int tokenCount)
    {
        Name = name;
        Weights = weights;
        Units = units;
        _byToken = byToken;
        UnitWeights = new float[units.Length];
        for (var u = 0; u < units.Length; u++)
        {
            for (var i = units[u].Start; i < units[u].Start + units[u].Length; i++) UnitWeights[u] += weights[i];
        }
        _slots = t_slots ??= new TokenSlots();
        _stamp = _slots.Claim(tokenCount);
        _matches = new UnitMatch[byToken.Count][];
        _bestCover = new float[byToken.Count];
        var slot = 0;
        foreach (var (token, matches) in byToken)
        {
            _slots.Stamp[token] = _stamp;
            _slots.Slot[token] = slot;
            foreach (var match in matches) _bestCover[slot] = Math.Max(_bestCover[slot], match.Similarity * UnitWeights[match.Unit]);
            _matches[slot++] = matches;
        }
        var total = 0f;
        foreach (var weight in weights) total += weight;
        TotalWeight = total;
    }

    public NormalizedName Name { get; }
    /// <summary>Weight of each query word (kind factor times rarity in the index).</summary>
    public float[] Weights { get; }
    public float TotalWeight { get; }
    /// <summary>Single words and joinable runs of words, each with the index tokens it matches.</summary>
    public QueryUnit[] Units { get; }
    /// <summary>The weight each unit covers (the sum of its words' weights).</summary>
    public float[] UnitWeights { get; }

    /// <summary>The query units that match an index token, with how well.</summary>
    public ReadOnlySpan<UnitMatch> MatchesOf(int token)
    {
        // The arrays belong to the thread and are claimed again by its next query; if that happened, use the dictionary.
        if (_slots.Current == _stamp)
        {
            return _slots.Stamp[token] == _stamp ? _matches[_slots.Slot[token]] : default;
        }
        return _byToken.TryGetValue(token, out var matches) ? matches : default;
    }

    /// <summary>The most query weight that a name word (or joined run) with this token can cover: its best
    /// similarity times weight over the units it matches; 0 when it matches none.</summary>
    public float BestCover(int token)
    {
        if (_slots.Current == _stamp) return _slots.Stamp[token] == _stamp ? _bestCover[_slots.Slot[token]] : 0f;
        var best = 0f;
        foreach (var match in MatchesOf(token)) best = Math.Max(best, match.Similarity * UnitWeights[match.Unit]);
        return best;
    }

    public static PreparedQuery Prepare(NormalizedName name, NameIndex index)
    {
        var units = new List<QueryUnit>(name.Count * 2);
        for (var i = 0; i < name.Count; i++) units.Add(QueryUnit.Lookup(name.Tokens[i], i, 1, index));
        foreach (var span in NameIndexBuilder.JoinableSpans(name, null))
        {
            units.Add(QueryUnit.Lookup(span.Text!, span.Start, span.Length, index));
        }
        var weights = new float[name.Count];
        for (var i = 0; i < name.Count; i++) weights[i] = Weighting.Weight(name.Kinds[i], units[i].Rarity(index), name.Tokens[i].Length);

        var byToken = new Dictionary<int, List<UnitMatch>>();
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var match in units[u].Matches)
            {
                if (!byToken.TryGetValue(match.Token, out var list)) byToken[match.Token] = list = new List<UnitMatch>(1);
                list.Add(new UnitMatch(u, match.Similarity, match.Kind));
            }
        }
        var frozen = new Dictionary<int, UnitMatch[]>(byToken.Count);
        foreach (var (token, list) in byToken) frozen[token] = [.. list];
        return new PreparedQuery(name, weights, [.. units], frozen, index.TokenCount);
    }
}

/// <summary>Per-thread arrays indexed by token id, claimed by one prepared query at a time.</summary>
sealed class TokenSlots
{
    public int[] Stamp { get; private set; } = [];
    public int[] Slot { get; private set; } = [];
    /// <summary>The stamp of the query that owns the arrays now.</summary>
    public int Current { get; private set; }

    public int Claim(int tokenCount)
    {
        if (Stamp.Length < tokenCount)
        {
            Stamp = new int[Math.Max(tokenCount, 1024)];
            Slot = new int[Stamp.Length];
            Current = 0;
        }
        if (++Current == int.MaxValue)
        {
            Array.Clear(Stamp);
            Current = 1;
        }
        return Current;
    }
}

/// <summary>A query unit's match with one index token.</summary>
readonly record struct UnitMatch(int Unit, float Similarity, MatchKind Kind);

/// <summary>An index token a query unit matched.</summary>
readonly record struct TokenHit(int Token, float Similarity, MatchKind Kind);

/// <summary>A word of the query, or a run of words read as one, with the index tokens it matches.</summary>
sealed class QueryUnit
{
    [ThreadStatic] static int[]? t_seenStamp;
    [ThreadStatic] static int t_stamp;

    QueryUnit(string text, int start, int length, TokenHit[] matches)
    {
        Text = text;
        Start = start;
        Length = length;
        Matches = matches;
    }

    public string Text { get; }
    public int Start { get; }
    public int Length { get; }
    /// <summary>The index tokens this unit matches.</summary>
    public TokenHit[] Matches { get; }

    /// <summary>The rarity of the word: its own if the index has it, else that of the rarest word it matched, else the maximum.</summary>
    public float Rarity(NameIndex index)
    {
        // The word itself, when the index has it, is among the matches as the exact one.
        var best = 0f;
        foreach (var match in Matches)
        {
            if (match.Kind == MatchKind.Exact) return index.TokenWeight[match.Token];
            best = Math.Max(best, index.TokenWeight[match.Token]);
        }
        return best > 0 ? best : Weighting.UnknownRarity;
    }

    public static QueryUnit Lookup(string text, int start, int length, NameIndex index)
    {
        var key = (text, length > 1);
        if (!index.LookupCache.TryGetValue(key, out var hits))
        {
            hits = Search(text, length > 1, index);
            index.CacheLookup(key, hits);
        }
        return new QueryUnit(text, start, length, hits);
    }

    static TokenHit[] Search(string text, bool joined, NameIndex index)
    {
        var lookup = new Searching(text, TokenTraits.Of(text), joined, index);
        if (index.TokenIds.TryGetValue(text, out var exact)) lookup.Consider(exact);
        foreach (var key in KoreanSyllables.CoarseKeys(lookup.Traits.Splits))
        {
            if (!index.KoreanKeys.TryGetValue(key, out var tokens)) continue;
            foreach (var token in tokens) lookup.Consider(token);
        }
        DeletionNeighbourhood.ForEachVariant(text, ref lookup, static (ref Searching l, ulong hash) => l.ConsiderVariant(hash));
        return [.. lookup.Hits];
    }

    /// <summary>The state of one unit's look-up: which tokens were already compared, and the hits.</summary>
    struct Searching
    {
        readonly string _text;
        readonly bool _joined;
        readonly NameIndex _index;
        readonly int[] _seen;
        readonly int _stamp;

        public Searching(string text, TokenTraits traits, bool joined, NameIndex index)
        {
            _text = text;
            Traits = traits;
            _joined = joined;
            _index = index;
            Hits = [];
            // A per-thread stamp array marks tokens already compared without allocating a set per look-up.
            var seen = t_seenStamp;
            if (seen is null || seen.Length < index.TokenCount) t_seenStamp = seen = new int[Math.Max(index.TokenCount, 1024)];
            if (++t_stamp == int.MaxValue)
            {
                Array.Clear(seen);
                t_stamp = 1;
            }
            _seen = seen;
            _stamp = t_stamp;
        }

        public TokenTraits Traits { get; }
        public List<TokenHit> Hits { get; }

        public readonly void ConsiderVariant(ulong hash)
        {
            foreach (var token in _index.Variants.Find(hash)) Consider(token);
        }

        public readonly void Consider(int token)
        {
            if (_seen[token] == _stamp) return;
            _seen[token] = _stamp;
            var (similarity, kind) = TokenSimilarity.Compare(_text, Traits, _index.TokenText[token], _index.Traits[token], _joined || _index.IsSpan(token));
            if (similarity > 0) Hits.Add(new TokenHit(token, similarity, kind));
        }
    }
}
