using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Greek to Latin as the Greek press writes foreign names: the letter pairs Greek uses for sounds it has no
/// letter for are read as those sounds (<c>ΜΠΙΛΑΛ</c> → <c>bilal</c>, <c>ΜΟΧΑΜΑΝΤ</c> → <c>mohamad</c>,
/// <c>ΓΚΑΖΙΕΦ</c> → <c>gaziev</c>, <c>ΤΖΑΝ</c> → <c>jan</c>).</summary>
/// <remarks>Hand-written on purpose, on top of no general table: a letter-by-letter table (AnyAscii, ISO 843) reads
/// μπ as <c>mp</c>, ντ as <c>nt</c> and ου as <c>oy</c>, two or three edits from the Latin spelling of the name the
/// Greek writer heard. The conventions (ELOT 743 for Greek names, the press's usage for foreign ones):
/// <list type="bullet">
/// <item>μπ, ντ, γκ are <c>b</c>, <c>d</c>, <c>g</c>: Greek has no letter for these sounds; γγ is <c>ng</c>; τζ is
/// <c>j</c> (<c>ΧΑΤΖΙ</c>, Haji), τσ <c>ts</c>.</item>
/// <item>ου is <c>u</c>, and <c>w</c> before a vowel (<c>ΜΑΡΟΥΑΝ</c>, Marwan); αι is <c>e</c>; ει, οι, υι, η, υ are
/// <c>i</c>; αυ, ευ are <c>av</c>, <c>ev</c>; a diaeresis parts a pair (<c>ΣΕΡΓΚΕΪ</c>, Sergei).</item>
/// <item>γι before a vowel is <c>y</c> (<c>ΓΙΑΧΙΑ</c>, Yahya); χ is <c>h</c>, which is how Latin lists write the
/// Arabic ح that Greek renders with it (<c>ΧΑΣΑΝ</c>, Hasan); a final οφ is the Russian <c>-ov</c> (<c>ΛΑΒΡΟΦ</c>).</item>
/// </list>
/// Output is lower case ASCII.</remarks>
static class Greek
{
    /// <summary>True for a character of the Greek blocks (including polytonic Greek).</summary>
    public static bool IsGreek(char c) => c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF';

    /// <summary>Appends the Latin reading of the Greek letter at <paramref name="i"/> (and of the letter after it,
    /// when the two are read as one sound); returns how many characters were read.</summary>
    public static int Append(string text, int i, StringBuilder output)
    {
        var (c, _) = Letter(text[i]);
        var (next, nextParted) = LetterAt(text, i + 1);
        var pair = nextParted ? null : Pair(c, next, LetterAt(text, i + 2).Letter);
        if (pair is not null)
        {
            output.Append(pair); // γι before a vowel is the y; the vowel is read next
            return 2;
        }
        if (c == 'φ' && next == '\0' && i > 0 && Letter(text[i - 1]).Letter == 'ο')
        {
            output.Append('v'); // ΛΑΒΡΟΦ: the Russian -ov
            return 1;
        }
        var single = Single(c);
        if (single is null) OtherScripts.AppendAnyAscii(output, text[i]);
        else output.Append(single);
        return 1;
    }

    static string? Pair(char c, char next, char afterNext) => (c, next) switch
    {
        ('ο', 'υ') => IsVowel(afterNext) ? "w" : "u",
        ('α', 'ι') => "e",
        ('ε', 'ι') or ('ο', 'ι') or ('υ', 'ι') => "i",
        ('α', 'υ') => "av",
        ('ε', 'υ') => "ev",
        ('η', 'υ') => "iv",
        ('μ', 'π') => "b",
        ('ν', 'τ') => "d",
        ('γ', 'κ') => "g",
        ('γ', 'γ') => "ng",
        ('τ', 'ζ') => "j",
        ('τ', 'σ') => "ts",
        ('γ', 'ι') when IsVowel(afterNext) => "y",
        _ => null,
    };

    static string? Single(char c) => c switch
    {
        'α' => "a", 'β' => "v", 'γ' => "g", 'δ' => "d", 'ε' => "e", 'ζ' => "z", 'η' => "i", 'θ' => "th",
        'ι' => "i", 'κ' => "k", 'λ' => "l", 'μ' => "m", 'ν' => "n", 'ξ' => "x", 'ο' => "o", 'π' => "p",
        'ρ' => "r", 'σ' or 'ς' => "s", 'τ' => "t", 'υ' => "i", 'φ' => "f", 'χ' => "h", 'ψ' => "ps", 'ω' => "o",
        _ => null,
    };

    static bool IsVowel(char c) => c is 'α' or 'ε' or 'η' or 'ι' or 'ο' or 'υ' or 'ω';

    static (char Letter, bool Parted) LetterAt(string text, int i) =>
        i < text.Length && IsGreek(text[i]) ? Letter(text[i]) : ('\0', false);

    /// <summary>The lower-case base letter, without accents; Parted when it carries a diaeresis (it does not form a
    /// pair with the letter before it).</summary>
    internal static (char Letter, bool Parted) Letter(char c)
    {
        c = char.ToLowerInvariant(c);
        switch (c)
        {
            case 'ά': return ('α', false);
            case 'έ': return ('ε', false);
            case 'ή': return ('η', false);
            case 'ί': return ('ι', false);
            case 'ό': return ('ο', false);
            case 'ύ': return ('υ', false);
            case 'ώ': return ('ω', false);
            case 'ϊ' or 'ΐ': return ('ι', true);
            case 'ϋ' or 'ΰ': return ('υ', true);
        }
        if (c >= '\u1F00')
        {
            // Polytonic letters: the base letter of the canonical decomposition (ἀ → α).
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            return (char.ToLowerInvariant(decomposed[0]), decomposed.Contains('\u0308', StringComparison.Ordinal));
        }
        return (c, false);
    }
}
