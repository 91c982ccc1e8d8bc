using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Every script Interdict has no table of its own for, read into Latin letters before a name is normalised:
/// Greek, Armenian, Georgian, Thai, the Indic scripts, Burmese, Khmer, Ethiopic, kana and the rest; and Hebrew,
/// read into Arabic letters (<see cref="Hebrew"/>).</summary>
/// <remarks>
/// <para>The general table is AnyAscii (ISC licence: <c>anyascii.com</c>), one well-kept table per Unicode block.
/// Interdict's own tables come first where they read names better: Hangul (<see cref="Hangul"/>), Chinese characters
/// (<see cref="Han"/>), Cyrillic (<see cref="Cyrillic"/>) and Arabic script (folded, not romanised) are not touched
/// here; Greek (<see cref="Greek"/>) and kana (<see cref="Kana"/>) have tables of their own for the letter pairs and
/// added vowels with which those scripts write foreign names; Armenian and Georgian take AnyAscii's table with the few
/// letters that write foreign names otherwise (ու is <c>u</c> and ռ <c>r</c>, not <c>ow</c> and <c>rr</c>; Georgian
/// ფ, the only letter near f, is <c>f</c> in the foreign names it writes).</para>
/// <para>Only letters and marks of these scripts are read; punctuation and digits are left to the normaliser as they
/// are. A run read into Latin is kept apart from letters of another script that touch it, as the normaliser keeps
/// runs of different scripts apart.</para>
/// </remarks>
static class OtherScripts
{
    /// <summary>True when <paramref name="text"/> holds a character this class reads.</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0370' && IsRead(c)) return true;
        }
        return false;
    }

    /// <summary>True for a character of a script read here.</summary>
    public static bool IsRead(char c) => c switch
    {
        < '\u0370' => false,
        <= '\u03FF' => true, // Greek and Coptic
        < '\u0530' => false, // Cyrillic: Cyrillic.cs
        < '\u0600' => true, // Armenian, Hebrew
        < '\u0700' => false, // Arabic: Arabic.cs
        < '\u0750' => true, // Syriac
        < '\u0780' => false, // Arabic supplement
        < '\u0870' => true, // Thaana, N'Ko, Samaritan, Mandaic, Syriac supplement
        < '\u0900' => false, // Arabic extended
        < '\u1100' => true, // Indic scripts, Thai, Lao, Tibetan, Myanmar, Georgian
        < '\u1200' => false, // Hangul jamo: Hangul.cs
        < '\u1AB0' => true, // Ethiopic, Cherokee, Canadian syllabics, Ogham, Runic, Tagalog … Khmer, Mongolian, Balinese
        < '\u1C90' => c >= '\u1B00' && c < '\u1C80', // (combining marks and Cyrillic extended C are not read)
        < '\u1CC0' => true, // Georgian Mtavruli
        < '\u1F00' => false, // phonetic extensions, combining marks, Latin extended additional
        <= '\u1FFF' => true, // Greek extended
        >= '\u2D00' and <= '\u2D2F' => true, // Georgian Nuskhuri
        >= '\u2D30' and <= '\u2DDF' => true, // Tifinagh, Ethiopic extended
        _ => Kana.IsKana(c),
    };

    /// <summary><paramref name="text"/> with the characters of the scripts read here in Latin letters (Hebrew in
    /// Arabic letters); every other character is kept.</summary>
    public static string ToLatin(string text) => ToLatin(text, keepOwnLetters: false);

    /// <summary>As <see cref="ToLatin(string)"/>, with Greek letters and kana kept as written when
    /// <paramref name="keepOwnLetters"/> (a query's reading in its own letters, <see cref="NameReading.OwnLetters"/>).</summary>
    public static string ToLatin(string text, bool keepOwnLetters)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length * 2);
        var i = 0;
        var inRun = false; // the character before was read here (with what it consumed: a geresh, a small kana)
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsRead(c))
            {
                if (inRun && char.IsLetterOrDigit(c)) output.Append(' ');
                output.Append(c);
                inRun = false;
                i++;
                continue;
            }
            if (!inRun && output.Length > 0 && char.IsLetterOrDigit(output[^1])) output.Append(' ');
            inRun = true;
            if (keepOwnLetters && (Kana.IsKana(c) || Greek.IsGreek(c))) i += Keep(c, output);
            else if (Kana.IsKana(c)) i = Kana.AppendRun(text, i, output);
            else if (Greek.IsGreek(c)) i += Greek.Append(text, i, output);
            else if (Hebrew.IsHebrew(c)) i += Hebrew.Append(text, i, output);
            else if (IsArmenian(c)) i += AppendArmenian(text, i, output);
            else if (IsGeorgian(c)) i += AppendGeorgian(text, i, output);
            else
            {
                AppendAnyAscii(output, c);
                i++;
            }
        }
        return output.ToString();
    }

    static int Keep(char c, StringBuilder output)
    {
        output.Append(c);
        return 1;
    }

    /// <summary>True when <paramref name="text"/> holds a Greek letter or a kana: a query read in its own letters too
    /// (<see cref="NameReading.OwnLetters"/>).</summary>
    public static bool ContainsOwnLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0370' && (Greek.IsGreek(c) && char.IsLetter(c) || Kana.IsKana(c))) return true;
        }
        return false;
    }

    /// <summary>Appends AnyAscii's reading of one character (nothing for a surrogate half: no script read here has any).</summary>
    public static void AppendAnyAscii(StringBuilder output, char c)
    {
        if (!Rune.TryCreate(c, out var rune)) return;
        foreach (var b in AnyAscii.Transliteration.Transliterate(rune)) output.Append((char)b);
    }

    static bool IsArmenian(char c) => c is >= '\u0530' and <= '\u058F';

    static bool IsGeorgian(char c) => c is >= '\u10A0' and <= '\u10FF' or >= '\u1C90' and <= '\u1CBF' or >= '\u2D00' and <= '\u2D2F';

    /// <summary>Georgian: ფ, the only letter near f, is <c>f</c> in the foreign names it writes; ი before a vowel at a
    /// word's start is <c>y</c> (<c>იაჰია</c>, Yahya).</summary>
    static int AppendGeorgian(string text, int i, StringBuilder output)
    {
        var c = text[i];
        if (c is 'ფ' or 'Ფ') output.Append('f');
        else if (c == 'ი' && (i == 0 || !IsGeorgian(text[i - 1])) && i + 1 < text.Length && text[i + 1] is 'ა' or 'ე' or 'ო' or 'უ') output.Append('y');
        else AppendAnyAscii(output, c);
        return 1;
    }

    static int AppendArmenian(string text, int i, StringBuilder output)
    {
        var c = char.ToLowerInvariant(text[i]);
        if (c == 'ո' && i + 1 < text.Length && char.ToLowerInvariant(text[i + 1]) == 'ւ')
        {
            output.Append('u');
            return 2;
        }
        if (c == 'ռ') output.Append('r');
        else AppendAnyAscii(output, text[i]);
        return 1;
    }
}
