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
        ReadAcrossWords(words);
        return [.. words];
    }

    /// <summary>What the normaliser reads across the words of a name, read across the written words of a text: each
    /// word was normalised on its own, so a legal form or title of several words (<c>S.A.</c>, <c>S. de R.L.</c>) and
    /// ʿAbd written apart from its name (<c>Abdul Ghaffar</c>, <c>Abd al-Rahman</c>) are read here, as
    /// <see cref="NameNormalizer.Classify"/> reads them in a name; never across punctuation that ends a name.</summary>
    static void ReadAcrossWords(List<TextWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind != TokenKind.Word && word.Kind != TokenKind.Stop) continue;
            if (i + 1 < words.Count && !words[i + 1].BreakBefore && AbdCompounds.IsStandalone(word.Token))
            {
                words[i] = word with { Token = AbdCompounds.Abd };
                if (i + 2 < words.Count && !words[i + 2].BreakBefore && AbdCompounds.IsArticle(words[i + 1].Token)) words.RemoveAt(i + 1);
                continue;
            }
            if (PhraseAt(words, i) is not { } phrase) continue;
            var last = words[i + phrase.Words.Length - 1];
            words[i] = new TextWord(phrase.Canonical, phrase.Kind, word.Start, last.End - word.Start, word.BreakBefore);
            words.RemoveRange(i + 1, phrase.Words.Length - 1);
        }
    }

    /// <summary>The longest title or legal form of two words or more written from <paramref name="start"/> on, none
    /// of them after punctuation that ends a name; a short legal form (<c>S.A.</c>, <c>A.G.</c>) only after a word
    /// of the same name, as it ends a name there. Null when none.</summary>
    static Phrase? PhraseAt(List<TextWord> words, int start)
    {
        if (NameTables.PhrasesStartingWith(words[start].Token) is not { } phrases) return null;
        foreach (var phrase in phrases)
        {
            var length = phrase.Words.Length;
            if (length < 2 || start + length > words.Count) continue;
            var same = true;
            for (var k = 1; k < length && same; k++)
            {
                same = !words[start + k].BreakBefore && string.Equals(words[start + k].Token, phrase.Words[k], StringComparison.Ordinal);
            }
            if (!same) continue;
            if (phrase.OnlyAtEnds && (start == 0 || words[start].BreakBefore)) continue;
            return phrase;
        }
        return null;
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
