using System.Collections.Frozen;
using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Arabic-script names: spelling normalisation within the script.</summary>
/// <remarks>Arabic and Persian spellings of one name differ in letters that sound alike or are written
/// alike (أ إ آ ا, ى ي ی, ة ه ۃ ہ, ك ک گ, ؤ و: the Persian and Urdu forms fold into the Arabic letters they share a
/// sound with), in short-vowel marks and in the tatweel; <see cref="Fold"/> removes
/// these differences so that two spellings of one name meet.</remarks>
public static class Arabic
{
    static readonly FrozenDictionary<char, char> Folding = new Dictionary<char, char>
    {
        ['أ'] = 'ا', ['إ'] = 'ا', ['آ'] = 'ا', ['ٱ'] = 'ا', ['ى'] = 'ي', ['ی'] = 'ي', ['ې'] = 'ي', ['ئ'] = 'ي',
        ['ة'] = 'ه', ['ۀ'] = 'ه', ['ہ'] = 'ه', ['ڪ'] = 'ك', ['ک'] = 'ك', ['ؤ'] = 'و', ['گ'] = 'ك', ['ڭ'] = 'ك',
        ['ۃ'] = 'ه', ['ۂ'] = 'ه', ['ۓ'] = 'ے', ['ە'] = 'ه',
    }.ToFrozenDictionary();

    /// <summary>True for a letter of the Arabic blocks (including presentation forms).</summary>
    public static bool IsArabic(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>Removes short vowels, tatweel and letter-shape variants. Expects NFKC text
    /// (presentation forms already mapped to letters).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640') continue; // harakat, dagger alif, tatweel
            builder.Append(Folding.TryGetValue(c, out var folded) ? folded : c);
        }
        return builder.ToString();
    }
}
