using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Hangul to Latin by algorithmic syllable decomposition.</summary>
/// <remarks>A precomposed syllable is <c>U+AC00 + (initial × 21 + medial) × 28 + final</c>; each jamo has a
/// rendering per system. Each syllable becomes its own word (<c>김광일</c> → <c>Kim Kwang Il</c>), because
/// Korean personal names are syllable sequences and the matcher treats joined, hyphenated and spaced
/// syllables alike. Rendering is word-initial for every syllable, which is how names are romanised
/// (no sound changes across syllables: 광일 is <c>Kwang Il</c>, not <c>Kwangil</c> with liaison).</remarks>
public static class Hangul
{
    const int SyllableBase = 0xAC00;
    const int SyllableCount = 11172;
    const int MedialCount = 21;
    const int FinalCount = 28;

    // Initials: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    static readonly string[] InitialsMr = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"];
    static readonly string[] InitialsDprk = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"];
    static readonly string[] InitialsRr = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    // Medials: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
    static readonly string[] MedialsMr = ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"];
    static readonly string[] MedialsDprk = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
    static readonly string[] MedialsRr = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    // Finals: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ (as pronounced at a word's end)
    static readonly string[] FinalsMr = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];
    static readonly string[] FinalsRr = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>True for a precomposed Hangul syllable (가..힣).</summary>
    public static bool IsSyllable(char c) => c - SyllableBase is >= 0 and < SyllableCount;

    /// <summary>Splits a syllable into its initial (0..18), medial (0..20) and final (0..27, 0 = none) jamo indexes.</summary>
    public static (int Initial, int Medial, int Final) Decompose(char syllable)
    {
        if (!IsSyllable(syllable)) throw new ArgumentOutOfRangeException(nameof(syllable), syllable, "Not a Hangul syllable.");
        var index = syllable - SyllableBase;
        return (index / (MedialCount * FinalCount), index % (MedialCount * FinalCount) / FinalCount, index % FinalCount);
    }

    /// <summary>Romanises one syllable, lower case, as a word of its own.</summary>
    public static string Romanize(char syllable, RomanizationSystem system = RomanizationSystem.DprkMcCuneReischauer)
    {
        var (initial, medial, final) = Decompose(syllable);
        var (initials, medials, finals) = system switch
        {
            RomanizationSystem.McCuneReischauer => (InitialsMr, MedialsMr, FinalsMr),
            RomanizationSystem.RevisedRomanization => (InitialsRr, MedialsRr, FinalsRr),
            _ => (InitialsDprk, MedialsDprk, FinalsMr),
        };
        var onset = initials[initial];
        // MR and RR write the ㄹ onset as r; word-initial ㄹ before i/y is r in the North (Ri, Ryu), which is what the lists use.
        // ㅅ before i and wi is "sh" in MR (Shin); the DPRK variant and RR keep "s".
        if (system == RomanizationSystem.McCuneReischauer && initial == 9 && medial is 20 or 16) onset = "sh";
        // 이 and similar vowel-initial syllables stay bare ("i"); RR writes ㅢ alone as "ui".
        return string.Concat(onset, medials[medial], finals[final]);
    }

    /// <summary>Replaces every run of Hangul syllables in <paramref name="text"/> by its romanisation,
    /// one word per syllable; other characters are kept.</summary>
    public static string Romanize(string text, RomanizationSystem system = RomanizationSystem.DprkMcCuneReischauer)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length * 4);
        var previousWasSyllable = false;
        foreach (var c in text)
        {
            if (IsSyllable(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                builder.Append(Romanize(c, system));
                previousWasSyllable = true;
            }
            else
            {
                if (previousWasSyllable && !char.IsWhiteSpace(c)) builder.Append(' ');
                builder.Append(c);
                previousWasSyllable = false;
            }
        }
        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds at least one Hangul syllable.</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSyllable(c)) return true;
        }
        return false;
    }
}
