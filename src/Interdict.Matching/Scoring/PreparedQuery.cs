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
    [ThreadStatic] static int[]? t_tokenStamp;
    [ThreadStatic] static int[]? t_tokenSlot;
    [ThreadStatic] static int t_stamp;

    readonly Dictionary<int, UnitMatch[]> _byToken;
    readonly UnitMatch[][] _matches;
    readonly int[] _tokenStamp;
    readonly int[] _tokenSlot;
    readonly int _stamp;

    PreparedQuery(NormalizedName name, float[] weights, QueryUnit[] units, Dictionary<int, UnitMatch[]> byToken, int tokenCount)
    {
        Name = name;
        Weights = weights;
        Units = units;
        _byToken = byToken;
        var stamps = t_tokenStamp;
        if (stamps is null || stamps.Length < tokenCount)
        {
            t_tokenStamp = stamps = new int[Math.Max(tokenCount, 1024)];
            t_tokenSlot = new int[stamps.Length];
        }
        _tokenStamp = stamps;
        _tokenSlot = t_tokenSlot!;
        _stamp = ++t_stamp;
        _matches = new UnitMatch[byToken.Count][];
        var slot = 0;
        foreach (var (token, matches) in byToken)
        {
            _tokenStamp[token] = _stamp;
            _tokenSlot[token] = slot;
            _matches[slot++] = matches;
        }
        var total = 0f;
        foreach (var weight in weights) total += weight;
        TotalWeight = total;
        UnitWeights = new float[units.Length];
        for (var u = 0; u < units.Length; u++)
        {
            for (var i = units[u].Start; i < units[u].Start + units[u].Length; i++) UnitWeights[u] += weights[i];
        }
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
        // The arrays belong to the thread and are reused by its next query; if that happened, fall back to the dictionary.
        if (_stamp == t_stamp && ReferenceEquals(_tokenStamp, t_tokenStamp))
        {
            return _tokenStamp[token] == _stamp ? _matches[_tokenSlot[token]] : default;
        }
        return _byToken.TryGetValue(token, out var matches) ? matches : default;
    }

    /// <summary>Every index token some unit matched.</summary>
    public IEnumerable<int> MatchedTokens => _byToken.Keys;

    public static PreparedQuery Prepare(NormalizedName name, NameIndex index)
    {
        var units = new List<QueryUnit>(name.Count * 2);
        for (var i = 0; i < name.Count; i++) units.Add(QueryUnit.Lookup(name.Tokens[i], i, 1, index));
        foreach (var span in NameIndexBuilder.JoinableSpans(name, null))
        {
            units.Add(QueryUnit.Lookup(string.Concat(name.Tokens.Skip(span.Start).Take(span.Length)), span.Start, span.Length, index));
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
        return new PreparedQuery(name, weights, [.. units], byToken.ToDictionary(p => p.Key, p => p.Value.ToArray()), index.TokenCount);
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
        if (index.TokenIds.TryGetValue(Text, out var id)) return index.TokenWeight[id];
        var best = 0f;
        foreach (var match in Matches) best = Math.Max(best, index.TokenWeight[match.Token]);
        return best > 0 ? best : Weighting.UnknownRarity;
    }

    public static QueryUnit Lookup(string text, int start, int length, NameIndex index)
    {
        var key = (text, length > 1);
        if (!index.LookupCache.TryGetValue(key, out var hits))
        {
            hits = Search(text, length > 1, index);
            if (index.LookupCache.Count < NameIndex.LookupCacheLimit) index.LookupCache.TryAdd(key, hits);
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
