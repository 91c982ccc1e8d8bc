using Interdict.Matching.Index;
using Interdict.Matching.Korean;
using Interdict.Matching.Normalization;

namespace Interdict.Matching.Scoring;

/// <summary>A query name normalised and looked up in an index once, then scored against many candidate names.</summary>
sealed class PreparedQuery
{
    PreparedQuery(NormalizedName name, float[] weights, QueryUnit[] units)
    {
        Name = name;
        Weights = weights;
        Units = units;
        TotalWeight = weights.Sum();
    }

    public NormalizedName Name { get; }
    /// <summary>Weight of each query word (kind factor times rarity in the index).</summary>
    public float[] Weights { get; }
    public float TotalWeight { get; }
    /// <summary>Single words and joinable runs of words, each with the index tokens it matches.</summary>
    public QueryUnit[] Units { get; }

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
        return new PreparedQuery(name, weights, [.. units]);
    }
}

/// <summary>A word of the query, or a run of words read as one, with the index tokens it matches.</summary>
sealed class QueryUnit
{
    QueryUnit(string text, int start, int length, Dictionary<int, (float Similarity, MatchKind Kind)> matches)
    {
        Text = text;
        Start = start;
        Length = length;
        Matches = matches;
    }

    public string Text { get; }
    public int Start { get; }
    public int Length { get; }
    /// <summary>Index token id to similarity and kind.</summary>
    public Dictionary<int, (float Similarity, MatchKind Kind)> Matches { get; }

    /// <summary>The rarity of the word: its own if the index has it, else that of the rarest word it matched, else the maximum.</summary>
    public float Rarity(NameIndex index)
    {
        if (index.TokenIds.TryGetValue(Text, out var id)) return index.TokenWeight[id];
        var best = 0f;
        foreach (var (token, _) in Matches) best = Math.Max(best, index.TokenWeight[token]);
        return best > 0 ? best : Weighting.UnknownRarity;
    }

    public static QueryUnit Lookup(string text, int start, int length, NameIndex index)
    {
        var matches = new Dictionary<int, (float, MatchKind)>();
        var joined = length > 1;
        if (index.TokenIds.TryGetValue(text, out var exact)) matches[exact] = (1f, MatchKind.Exact);
        foreach (var key in KoreanSyllables.CoarseKeys(text))
        {
            if (!index.KoreanKeys.TryGetValue(key, out var tokens)) continue;
            foreach (var token in tokens) Consider(text, token, joined, index, matches);
        }
        {
            var state = (Text: text, Joined: joined, Index: index, Matches: matches);
            DeletionNeighbourhood.ForEachVariant(text, ref state, static (ref (string Text, bool Joined, NameIndex Index, Dictionary<int, (float, MatchKind)> Matches) s, ulong hash) =>
            {
                var hashes = s.Index.VariantHashes;
                var at = Array.BinarySearch(hashes, hash);
                if (at < 0) return;
                while (at > 0 && hashes[at - 1] == hash) at--;
                for (; at < hashes.Length && hashes[at] == hash; at++) Consider(s.Text, s.Index.VariantTokens[at], s.Joined, s.Index, s.Matches);
            });
        }
        return new QueryUnit(text, start, length, matches);
    }

    static void Consider(string text, int token, bool joined, NameIndex index, Dictionary<int, (float, MatchKind)> matches)
    {
        if (matches.ContainsKey(token)) return;
        var (similarity, kind) = TokenSimilarity.Compare(text, index.TokenText[token], joined || index.IsSpan(token));
        if (similarity > 0) matches[token] = (similarity, kind);
    }
}
