using Interdict.Matching.Index;
using Interdict.Matching.Normalization;

namespace Interdict.Matching.Screening;

/// <summary>Words written together (<c>SergeiLavrov</c>, <c>JSCARGUMENT</c>, <c>WEIHAIWORLDSHIPPINGFREIGHT</c>) split
/// into words of the index's vocabulary, at query time: a query word the index does not hold, of
/// <see cref="MinimumLength"/> letters or more, is read as the fewest index words (of two letters or more) that
/// spell it, when there are such words.</summary>
/// <remarks>The split is a second reading of the query, scored beside the written one (the best reading of each entry
/// counts), so a name that is one word on the list still meets its written form. Words of the normaliser's own
/// vocabulary (abbreviations, legal forms, titles, particles) count as known: <c>…COMPANYLTD</c> splits at <c>ltd</c>.</remarks>
static class JoinedWords
{
    public const int MinimumLength = 8;
    const int MaximumLength = 64;

    /// <summary>The query with its joined words split; null when no word splits.</summary>
    public static NormalizedName? Split(NormalizedName name, NameIndex index)
    {
        List<string>? words = null;
        for (var i = 0; i < name.Count; i++)
        {
            if (Pieces(name.Tokens[i], name.Kinds[i], index) is not { } pieces) continue;
            words ??= [.. name.Tokens.Take(i)];
            words.AddRange(pieces);
            for (var j = i + 1; j < name.Count; j++)
            {
                if (Pieces(name.Tokens[j], name.Kinds[j], index) is { } split) words.AddRange(split);
                else words.Add(name.Tokens[j]);
            }
            break;
        }
        return words is null ? null : NameNormalizer.Classify(words);
    }

    /// <summary>Whether <see cref="Split"/> splits this word of a name against <paramref name="index"/>.</summary>
    public static bool Splits(string token, TokenKind kind, NameIndex index) => Pieces(token, kind, index) is not null;

    /// <summary>The index words that spell <paramref name="token"/>; null when it is not a word to split (short, not
    /// a plain word, known to the index) or no index words spell it. Remembered per index: every query holding the
    /// word asks again, of every list screened.</summary>
    static string[]? Pieces(string token, TokenKind kind, NameIndex index)
    {
        if (token.Length < MinimumLength || token.Length > MaximumLength || kind != TokenKind.Word || !char.IsAsciiLetter(token[0])
            || index.TokenIds.ContainsKey(token)) return null;
        if (!index.JoinedSplits.TryGetValue(token, out var pieces))
        {
            pieces = Segment(token, index.TokenIds.GetAlternateLookup<ReadOnlySpan<char>>())?.ToArray() ?? [];
            index.JoinedSplits.Add(token, pieces);
        }
        return pieces.Length == 0 ? null : pieces;
    }

    /// <summary>The fewest known words that spell <paramref name="word"/> (dynamic programming over its prefixes);
    /// null when it cannot be spelt so.</summary>
    static List<string>? Segment(string word, System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        var n = word.Length;
        Span<int> pieces = stackalloc int[n + 1];
        Span<int> from = stackalloc int[n + 1];
        pieces.Fill(int.MaxValue);
        pieces[0] = 0;
        for (var end = 2; end <= n; end++)
        {
            for (var start = Math.Max(0, end - 24); start <= end - 2; start++)
            {
                if (pieces[start] == int.MaxValue || pieces[start] + 1 >= pieces[end]) continue;
                var piece = word.AsSpan(start, end - start);
                if (!Known(piece, lookup)) continue;
                pieces[end] = pieces[start] + 1;
                from[end] = start;
            }
        }
        if (pieces[n] == int.MaxValue || pieces[n] < 2) return null;
        var result = new List<string>(pieces[n]);
        for (var end = n; end > 0; end = from[end]) result.Insert(0, word[from[end]..end]);
        return result;
    }

    static bool Known(ReadOnlySpan<char> piece, System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup) =>
        lookup.ContainsKey(piece) || NameNormalizer.IsVocabulary(piece);
}
