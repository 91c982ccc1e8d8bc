using System.Globalization;
using System.Text;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Normalization;

/// <summary>Turns a name as written into the words the matcher compares.</summary>
/// <remarks>
/// The pipeline, in order (docs/matching.md walks through examples):
/// <list type="number">
/// <item>Unicode compatibility normalisation (NFKC): full-width letters, ligatures and Arabic presentation forms become plain letters.</item>
/// <item>Hangul syllables are romanised (McCune–Reischauer as the DPRK writes it), one word per syllable; Greek,
/// Armenian, Georgian, kana, Thai, the Indic scripts and every other script without a table here are read into Latin
/// letters, Hebrew into Arabic letters (<see cref="OtherScripts"/>).</item>
/// <item>Lower case; diacritics removed (<c>ŏ</c> → <c>o</c>, <c>é</c> → <c>e</c>), letters without a decomposition mapped (<c>ł</c> → <c>l</c>, <c>ß</c> → <c>ss</c>).</item>
/// <item>Cyrillic transliterated to Latin; Arabic script folded within the script (and عبد split off a word it is
/// joined to); Chinese characters kept, one word per run (their readings are compared by the screener, not here).</item>
/// <item>Apostrophes and quotation marks removed without splitting (<c>Ch'oe</c> → <c>choe</c>); every other
/// punctuation mark separates words; <c>&amp;</c> becomes <c>and</c>.</item>
/// <item>Abbreviations written out (<c>co</c> → <c>company</c>, <c>trdg</c> → <c>trading</c>), and each word classified
/// (<see cref="TokenKind"/>).</item>
/// </list>
/// Normalisation is idempotent: normalising the joined words again gives the same words.
/// </remarks>
public static class NameNormalizer
{
    /// <summary>Normalises <paramref name="name"/> into words.</summary>
    public static NormalizedName Normalize(string name) => Classify(Words(name));

    /// <summary>Normalises <paramref name="name"/> with its Greek and kana words kept in their own letters (Greek in
    /// lower case): a query's reading in its own letters (<see cref="NameReading.OwnLetters"/>), compared through
    /// consonant skeletons.</summary>
    internal static NormalizedName NormalizeKeepingOwnLetters(string name) => Classify(Words(name, keepOwnLetters: true));

    /// <summary>The words of <paramref name="name"/> before titles, legal forms and abbreviations are read: the
    /// steps up to word splitting, which the name tables (data/names/) are normalised with.</summary>
    internal static List<string> Words(string name, bool keepOwnLetters = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        if (Hangul.Contains(text)) text = Hangul.Romanize(text);
        if (OtherScripts.Contains(text)) text = OtherScripts.ToLatin(text, keepOwnLetters);

        var words = new List<string>(8);
        var word = new StringBuilder(24);
        var wordScript = Script.None;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (IsJoiner(c)) continue;
            if (IsConjoiningJamo(c))
            {
                // A lone jamo (a syllable would have been romanised) stays a word of its own: next to another jamo it
                // would compose into a syllable the next time the text is normalised (ᄑ◌ⷦᅣ → 퍄 → 퍄).
                Flush(words, word);
                words.Add(c.ToString());
                wordScript = Script.None;
                continue;
            }
            var script = ScriptOf(c);
            if (script == Script.None)
            {
                Flush(words, word);
                wordScript = Script.None;
                if (c == '&') words.Add("and");
                continue;
            }
            if (script != wordScript && wordScript != Script.None && !(IsDigitScript(script) || IsDigitScript(wordScript)))
            {
                Flush(words, word);
            }
            wordScript = script;
            AppendFolded(word, c, script);
        }
        Flush(words, word);
        return words;
    }

    /// <summary>Reads titles and legal forms (data/names/: every form becomes its canonical word, <c>Gesellschaft mit
    /// beschränkter Haftung</c> → <c>llc</c>, <c>Herr</c> → <c>mr</c>), 'Abd compounds (<see cref="AbdCompounds"/>) and
    /// abbreviations, and gives each word its kind.</summary>
    internal static NormalizedName Classify(List<string> words)
    {
        // A name written in single letters only is an acronym (I.S.G.S., S.A.P.I.C.O.): one word, as lists write it.
        if (words.Count > 1 && words.TrueForAll(w => w.Length == 1 && char.IsAsciiLetter(w[0])))
        {
            words = [string.Concat(words)];
        }
        AbdCompounds.Rewrite(words);
        NumberWords.Rewrite(words);
        var tokens = new List<string>(words.Count);
        var kinds = new List<TokenKind>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            if (MatchPhrase(words, i) is { } phrase)
            {
                tokens.Add(phrase.Canonical);
                kinds.Add(phrase.Kind);
                i += phrase.Words.Length;
                continue;
            }
            var token = Vocabulary.Abbreviations.TryGetValue(words[i], out var expanded) ? expanded : words[i];
            tokens.Add(token);
            kinds.Add(KindOf(token));
            i++;
        }
        return new NormalizedName([.. tokens], [.. kinds]);
    }

    /// <summary>True for a word of the normaliser's own vocabulary: an abbreviation, a low-evidence word, or the first
    /// word of a title or legal form.</summary>
    internal static bool IsVocabulary(ReadOnlySpan<char> word) =>
        AbbreviationBySpan.ContainsKey(word) || KindBySpan.ContainsKey(word) || NameTables.StartsPhrase(word);

    // Span look-ups: the joined-word splitter asks about every piece of a long word, and a string per piece was most
    // of its allocation.
    static readonly System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationBySpan =
        Vocabulary.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly System.Collections.Frozen.FrozenDictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> KindBySpan =
        Vocabulary.Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest title or legal form written at <paramref name="start"/>; null when none.</summary>
    static Phrase? MatchPhrase(List<string> words, int start)
    {
        if (NameTables.PhrasesStartingWith(words[start]) is not { } phrases) return null;
        foreach (var phrase in phrases)
        {
            var length = phrase.Words.Length;
            if (start + length > words.Count) continue;
            var same = true;
            for (var k = 1; k < length && same; k++) same = string.Equals(words[start + k], phrase.Words[k], StringComparison.Ordinal);
            if (!same) continue;
            if (phrase.OnlyAtEnds && (length == words.Count || (start != 0 && start + length != words.Count))) continue;
            return phrase;
        }
        return null;
    }

    /// <summary>The kind of an already normalised word.</summary>
    public static TokenKind KindOf(string token) => Vocabulary.Kinds.TryGetValue(token, out var kind) ? kind : TokenKind.Word;

    const string ArabicServant = "عبد";
    const string ArabicArticle = "ال";

    static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length == 0) return;
        var text = word.ToString();
        word.Clear();
        if (text.Length > 0 && Arabic.IsArabic(text[0]))
        {
            text = Arabic.Fold(text);
            // The article written apart (אל-, as Hebrew writes it; ال رحمن) is the Latin particle it stands for.
            if (text == ArabicArticle) text = "al";
            // عبد and its word are written apart or joined (عبدالرحمن): apart, they meet both forms, as Latin
            // names write them (Abdul Rahman, and Abdulrahman through the joined run).
            if (text.Length > ArabicServant.Length + 1 && text.StartsWith(ArabicServant, StringComparison.Ordinal))
            {
                words.Add(ArabicServant);
                text = text[ArabicServant.Length..];
            }
        }
        else if (text.Length > 0 && text[0] >= '\u0370' && AbdCompounds.OwnLettersPrefix(text) is > 0 and var prefix)
        {
            // ʿAbd joined to its name in Greek letters or kana (a query read in its own letters): abd and the name.
            words.Add(AbdCompounds.Abd);
            text = text[prefix..];
        }
        if (text.Length > 0) words.Add(text);
    }

    static void AppendFolded(StringBuilder word, char c, Script script)
    {
        switch (script)
        {
            case Script.Latin when Cyrillic.IsCyrillic(c):
                word.Append(Cyrillic.ToLatin(c.ToString()));
                break;
            case Script.Latin:
                AppendLatin(word, c);
                break;
            default:
                word.Append(c);
                break;
        }
    }

    static void AppendLatin(StringBuilder word, char c)
    {
        if (c < 128)
        {
            word.Append(c);
            return;
        }
        switch (c)
        {
            case 'ł': word.Append('l'); return;
            case 'đ' or 'ð': word.Append('d'); return;
            case 'þ': word.Append("th"); return;
            case 'ß': word.Append("ss"); return;
            case 'æ': word.Append("ae"); return;
            case 'œ': word.Append("oe"); return;
            case 'ø': word.Append('o'); return;
            case 'ı': word.Append('i'); return;
            case 'ħ': word.Append('h'); return;
            case 'ŀ': word.Append('l'); return;
        }
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (d < 128 && char.IsAsciiLetterOrDigit(d)) word.Append(char.ToLowerInvariant(d));
        }
    }

    /// <summary>Apostrophes, quotation marks and combining marks join: they never split a word.</summary>
    /// <remarks>Plain ASCII, most of what is screened, is answered without the Unicode category table.</remarks>
    static bool IsJoiner(char c) => c < 128
        ? c is '\'' or '`' or '"'
        : c is '’' or '‘' or 'ʼ' or 'ʻ' or '´' or '′' or '“' or '”' or '„' or '«' or '»' or 'ʿ' or 'ʾ' or 'ʹ' or 'ʺ'
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;

    static bool IsDigitScript(Script script) => script == Script.Digit;

    /// <summary>Hangul letters (jamo) that compose into syllables: leading consonants, vowels, trailing consonants.</summary>
    static bool IsConjoiningJamo(char c) => c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF';

    static Script ScriptOf(char c)
    {
        if (c < 128) return char.IsAsciiLetter(c) ? Script.Latin : char.IsAsciiDigit(c) ? Script.Digit : Script.None;
        // A Cyrillic letter becomes Latin letters, so it joins Latin words; one without a transliteration stays apart.
        if (Cyrillic.IsCyrillic(c)) return !char.IsLetter(c) ? Script.None : Cyrillic.HasLatin(c) ? Script.Latin : Script.Other;
        if (Arabic.IsArabic(c)) return char.IsLetter(c) ? Script.Arabic : char.IsDigit(c) ? Script.Digit : Script.None;
        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF') return Script.Han;
        if (char.IsDigit(c)) return Script.Digit;
        if (char.IsLetter(c)) return c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' ? Script.Latin : Script.Other;
        return Script.None;
    }

    enum Script : byte { None, Latin, Digit, Arabic, Han, Other }
}
