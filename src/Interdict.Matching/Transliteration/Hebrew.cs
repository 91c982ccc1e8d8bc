using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Hebrew letters rewritten as the Arabic letters they stand for, so that a name written in Hebrew meets
/// its Latin spellings through the Arabic consonant skeleton (<see cref="ConsonantSkeleton"/>):
/// <c>מחמד חסן</c> → <c>محمد حسن</c>, which meets <c>Mohammed Hassan</c>.</summary>
/// <remarks>
/// <para>Hebrew, like Arabic, writes consonants and long vowels (א ו י) and leaves short vowels out, so a
/// letter-by-letter romanisation (<c>mhmd hsn</c>) is far from <c>Mohammed Hassan</c> by edit distance, and the
/// skeleton the matcher already has for Arabic script is what meets it. The two alphabets descend from one and
/// map letter for letter (ב ب, ד د, ח ح, ט ط, ע ع, צ ص, ק ق, ש ش, ת ت …); the Hebrew press marks the Arabic sounds
/// Hebrew lacks with a geresh (<c>'</c>): ח' خ, ע' غ, ג' ج, ד' ذ, ט' ظ, צ' ض, ת' ث. Two habits of the Hebrew press
/// are undone: the article written apart with a hyphen (<c>אל-מע'רב</c>) is joined as Arabic script joins it
/// (<c>المغرب</c>), and פ, which Hebrew reads as p or f by its place in the word, becomes a letter the skeleton reads
/// as either (<c>גרוף</c>, Group; <c>פאטמה</c>, Fatima).</para>
/// <para>Hand-written on purpose: no transliteration table reads Hebrew into Arabic letters, and a romanising one
/// (AnyAscii: <c>'vd'lhlym</c> for עבדאלחלים) reads ב as <c>v</c> and ע as <c>'</c>, far from the Latin spellings
/// of the Arabic names that the lists hold. Vowel points are dropped.</para>
/// </remarks>
static class Hebrew
{
    /// <summary>True for a character of the Hebrew block.</summary>
    public static bool IsHebrew(char c) => c is >= '\u0590' and <= '\u05FF';

    /// <summary>Appends the Arabic letter for the Hebrew character at <paramref name="i"/> (nothing for a vowel
    /// point or cantillation mark); returns how many characters were read (two with a geresh after the letter).</summary>
    public static int Append(string text, int i, StringBuilder output)
    {
        var c = text[i];
        if (IsArticle(text, i))
        {
            // אל-מע'רב: the Hebrew press writes the Arabic article apart, with a hyphen; Arabic script joins it to its
            // word (المغرب), and so does the skeleton, which reads it as optional (al-Maghrib, Maghrib).
            output.Append("ال");
            return 3;
        }
        var geresh = i + 1 < text.Length && IsGeresh(text[i + 1]);
        var (plain, marked) = Letter(c);
        if (plain == '\0')
        {
            if (c == '\u05BE') output.Append('-'); // maqaf, the Hebrew hyphen
            return 1;
        }
        if (geresh && marked != '\0')
        {
            output.Append(marked);
            return 2;
        }
        output.Append(plain);
        return geresh ? 2 : 1;
    }

    /// <summary>True at <c>אל-</c> (or <c>אל־</c>) starting a word and followed by a Hebrew letter.</summary>
    static bool IsArticle(string text, int i) =>
        i + 3 < text.Length && text[i] == 'א' && text[i + 1] == 'ל' && text[i + 2] is '-' or '\u05BE' or '‐' or '‑'
        && IsHebrew(text[i + 3]) && (i == 0 || !IsHebrew(text[i - 1]));

    /// <summary>The geresh (and the apostrophes typed for it).</summary>
    static bool IsGeresh(char c) => c is '\u05F3' or '\'' or '’' or '`' or 'ʼ' or '´';

    /// <summary>The Arabic letter of a Hebrew letter, and the one it stands for with a geresh ('\0': none).</summary>
    static (char Plain, char Marked) Letter(char c) => c switch
    {
        'א' => ('ا', '\0'),
        'ב' => ('ب', '\0'),
        'ג' => ('ج', 'ج'),
        'ד' => ('د', 'ذ'),
        'ה' => ('ه', '\0'),
        'ו' => ('و', '\0'),
        'ז' => ('ز', 'ژ'),
        'ח' => ('ح', 'خ'),
        'ט' => ('ط', 'ظ'),
        'י' => ('ي', '\0'),
        'כ' or 'ך' => ('ك', 'خ'),
        'ל' => ('ل', '\0'),
        'מ' or 'ם' => ('م', '\0'),
        'נ' or 'ן' => ('ن', '\0'),
        'ס' => ('س', '\0'),
        'ע' => ('ع', 'غ'),
        'פ' or 'ף' => ('ڦ', 'ف'), // p or f, as Hebrew reads it by position: ڦ (Sindhi ph) is the letter read as either
        'צ' or 'ץ' => ('ص', 'ض'),
        'ק' => ('ق', '\0'),
        'ר' => ('ر', '\0'),
        'ש' => ('ش', '\0'),
        'ת' => ('ت', 'ث'),
        'װ' => ('و', '\0'),
        'ױ' => ('و', '\0'),
        'ײ' => ('ي', '\0'),
        _ => ('\0', '\0'),
    };
}
