namespace Interdict.Matching.Scoring;

/// <summary>How a word of the query met a word of the listed name.</summary>
public enum MatchKind : byte
{
    /// <summary>Not matched.</summary>
    None = 0,
    /// <summary>The same word after normalisation.</summary>
    Exact,
    /// <summary>Two romanisations of the same Korean syllables (<c>Choi</c>/<c>Choe</c>).</summary>
    KoreanVariant,
    /// <summary>Within a few edits (typing error, spelling variant).</summary>
    Typo,
}
