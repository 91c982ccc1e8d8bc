using Interdict.Matching.Korean;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Index;

/// <summary>What word comparisons need to know of a word, computed once: its Korean syllable readings and, for a
/// word in Arabic script, its consonant skeletons.</summary>
/// <param name="Splits">Every reading of the word as romanised Korean syllables; empty when it is not Korean-readable.</param>
/// <param name="IsSingleSyllable">True when one reading is a single syllable (<c>kim</c>, <c>jong</c>).</param>
/// <param name="ArabicSkeletons">The skeletons of an Arabic-script word (<see cref="ConsonantSkeleton.OfArabic"/>);
/// empty for any other word.</param>
sealed record TokenTraits(RomanSyllable[][] Splits, bool IsSingleSyllable, ConsonantSkeleton[] ArabicSkeletons)
{
    public static TokenTraits Of(string token)
    {
        var splits = KoreanSyllables.Split(token);
        var arabic = token.Length > 0 && Arabic.IsArabic(token[0]) ? ConsonantSkeleton.OfArabic(token) : [];
        return new TokenTraits(splits, splits.Any(s => s.Length == 1), arabic);
    }

    /// <summary>True for a word in Arabic script that has a consonant skeleton.</summary>
    public bool IsArabic => ArabicSkeletons.Length > 0;
}
