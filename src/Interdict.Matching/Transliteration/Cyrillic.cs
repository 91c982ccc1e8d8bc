using System.Collections.Frozen;
using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Cyrillic to Latin, in the passport-style spelling lists use for Russian and Ukrainian names
/// (<c>Гаджиев</c> → <c>gadzhiev</c>, <c>Щукин</c> → <c>shchukin</c>).</summary>
/// <remarks>Works on lower-case text. Spelling variants of the result (<c>kh</c>/<c>h</c>, <c>y</c>/<c>i</c>)
/// are left to the matcher's fuzzy comparison.</remarks>
public static class Cyrillic
{
    static readonly FrozenDictionary<char, string> Letters = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g", ['ў'] = "v", ['ђ'] = "dj", ['ј'] = "j",
        ['љ'] = "lj", ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz", ['ѓ'] = "gj", ['ќ'] = "kj", ['ѕ'] = "dz", ['қ'] = "k",
        ['ғ'] = "g", ['ң'] = "n", ['ү'] = "u", ['ұ'] = "u", ['һ'] = "h", ['ә'] = "a", ['ө'] = "o",
    }.ToFrozenDictionary();

    /// <summary>True for a letter of the Cyrillic blocks.</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    /// <summary>True when <paramref name="c"/> (lower case) has a Latin rendering.</summary>
    public static bool HasLatin(char c) => Letters.ContainsKey(c);

    /// <summary>Transliterates the Cyrillic letters of lower-case <paramref name="text"/>; other characters are kept.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Letters.TryGetValue(c, out var latin)) builder.Append(latin);
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
