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
    /// <summary>A word in Arabic script and a Latin spelling of it: the same consonants, and the long vowels
    /// the script writes (<c>محمد</c>/<c>Mohammed</c>); weaker evidence than an exact word.</summary>
    Transliterated,
    /// <summary>Two spellings of one given name across languages (<c>Mohamed</c>/<c>Muhammad</c>,
    /// <c>Aleksandr</c>/<c>Alexander</c>), documented in data/names/given-names.tsv.</summary>
    GivenName,
    /// <summary>An initial and the name it stands for (<c>V.</c>/<c>Vladimir</c>).</summary>
    Initial,
}
