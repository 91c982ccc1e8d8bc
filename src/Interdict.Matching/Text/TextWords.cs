using System.Globalization;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;

namespace Interdict.Matching.Text;

/// <summary>Reads a text into normalised words that remember where they were written.</summary>
/// <remarks>The text is cut where <see cref="NameNormalizer"/> would cut a name (spaces and punctuation; apostrophes,
/// quotation marks and combining marks stay inside a word), and each written word is normalised on its own, so the
/// words are those the normaliser gives for the same text and each keeps the span it came from. Written words repeat
/// (<c>PAYMENT</c>, <c>INV</c>, <c>LTD</c>), so their normalised forms are remembered, up to a bound.</remarks>
static class TextWords
{
    static readonly BoundedCache<NormalizedName> Cache = new(100_000);

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static TextWord[] Read(string text)
    {
        var words = new List<TextWord>(Math.Max(4, text.Length / 6));
        var breakPending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                words.Add(new TextWord("and", TokenKind.Stop, i, 1, breakPending));
                breakPending = false;
                i++;
                continue;
            }
            if (!IsWordChar(c))
            {
                breakPending |= EndsName(c);
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var segment = text.AsSpan(start, i - start);
            // The span is the letters and digits: a quotation mark around a word is not part of the name.
            var first = 0;
            while (first < segment.Length && !char.IsLetterOrDigit(segment[first]) && !char.IsSurrogate(segment[first])) first++;
            var last = segment.Length - 1;
            while (last > first && !char.IsLetterOrDigit(segment[last]) && !char.IsSurrogate(segment[last])) last--;
            if (first > last) continue;
            var normalized = Normalize(segment);
            for (var t = 0; t < normalized.Count; t++)
            {
                words.Add(new TextWord(normalized.Tokens[t], normalized.Kinds[t], start + first, last - first + 1, breakPending && t == 0));
            }
            if (normalized.Count > 0) breakPending = false;
        }
        return [.. words];
    }

    static NormalizedName Normalize(ReadOnlySpan<char> segment)
    {
        if (Cache.TryGetValue(segment, out var cached)) return cached;
        var text = segment.ToString();
        var normalized = NameNormalizer.Normalize(text);
        // Numbers (invoice and account numbers) rarely repeat: they would only crowd the cache.
        if (!HasDigit(segment)) Cache.Add(text, normalized);
        return normalized;
    }

    static bool HasDigit(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    /// <summary>Letters, digits and what the normaliser keeps inside a word: apostrophes, quotation marks,
    /// combining marks and format characters.</summary>
    static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c is '\'' or '`' or '"';
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c)) return true;
        return c is '’' or '‘' or 'ʼ' or 'ʻ' or '´' or '′' or '“' or '”' or '„' or '«' or '»' or 'ʿ' or 'ʾ'
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;
    }

    /// <summary>Punctuation that closes a name: what follows it is another phrase. Spaces, line breaks, hyphens and
    /// full stops do not (<c>Pyong-chul</c>, <c>Corp.</c>, a name broken over two lines).</summary>
    static bool EndsName(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}' or '/' or '\\' or '|'
        or '!' or '?' or '<' or '>' or '=' or '+' or '*' or '#' or '@' or '、' or '，' or '；' or '：' or '（' or '）' or '،' or '؛';
}
