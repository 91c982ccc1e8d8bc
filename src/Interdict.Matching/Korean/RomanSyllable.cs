namespace Interdict.Matching.Korean;

/// <summary>One romanised Korean syllable, as the set of Hangul jamo its spelling can stand for.</summary>
/// <remarks>Spellings are ambiguous across systems: <c>o</c> is ㅓ or ㅗ (the DPRK drops the breve of ŏ),
/// <c>u</c> is ㅜ, ㅡ or, in common spelling, ㅓ (<c>Sung</c>, <c>Chul</c>); <c>ch</c> is ㅈ (McCune–Reischauer)
/// or ㅊ. So a syllable is three bit sets: initials (19 bits, Hangul order), medials (21 bits) and
/// pronounced finals (8 bits: none, k, n, t, l, m, p, ng). Two spellings can be the same syllable when
/// all three sets intersect.</remarks>
readonly record struct RomanSyllable(uint Initials, uint Medials, byte Finals)
{
    /// <summary>True when some Hangul syllable can be written both ways.</summary>
    public bool IsCompatibleWith(RomanSyllable other) =>
        (Initials & other.Initials) != 0 && (Medials & other.Medials) != 0 && (Finals & other.Finals) != 0;

    /// <summary>A coarse class code used as an index key; compatible syllables always share it.</summary>
    public string CoarseCode => string.Concat(CoarseInitial(), CoarseMedial(), CoarseFinal());

    // Classes group jamo that any spelling can confuse, so compatible syllables never differ in code.
    char CoarseInitial() =>
        (Initials & Jamo.VelarMask) != 0 ? 'K'
        : (Initials & Jamo.DentalMask) != 0 ? 'T'
        : (Initials & Jamo.LabialMask) != 0 ? 'P'
        : (Initials & Jamo.AffricateMask) != 0 ? 'C'
        : (Initials & Jamo.SibilantMask) != 0 ? 'S'
        : (Initials & Jamo.Initial(Jamo.M)) != 0 ? 'M'
        : (Initials & Jamo.Initial(Jamo.H)) != 0 ? 'H'
        : 'R'; // ㄹ, ㄴ and the silent ㅇ trade places at a word's start (Ri/Yi/I, Ryu/Yu, Ro/No)

    string CoarseMedial() =>
        (Medials & Jamo.BackVowelMask) != 0 ? "O"
        : (Medials & Jamo.Medial(0)) != 0 ? "A"
        : (Medials & Jamo.FrontVowelMask) != 0 ? "E"
        : (Medials & Jamo.Medial(2)) != 0 ? "YA"
        : (Medials & Jamo.YeMask) != 0 ? "YE"
        : (Medials & Jamo.YoMask) != 0 ? "YO"
        : (Medials & Jamo.Medial(9)) != 0 ? "WA"
        : (Medials & Jamo.WeMask) != 0 ? "WE"
        : (Medials & Jamo.Medial(14)) != 0 ? "WO"
        : "I";

    char CoarseFinal() => (char)('0' + System.Numerics.BitOperations.TrailingZeroCount(Finals));
}
