using Interdict.Matching.Korean;
using Interdict.Matching.Normalization;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Index;

/// <summary>What word comparisons need to know of a word, computed once: its Korean syllable readings and, for a
/// word in Arabic script, its consonant skeletons.</summary>
/// <param name="Splits">Every reading of the word as romanised Korean syllables; empty when it is not Korean-readable.</param>
/// <param name="IsSingleSyllable">True when one reading is a single syllable (<c>kim</c>, <c>jong</c>).</param>
/// <param name="ArabicSkeletons">The skeletons of an Arabic-script word (<see cref="ConsonantSkeleton.OfArabic"/>), or of
/// a word in Greek letters or kana (<see cref="ConsonantSkeleton.OfGreek"/>, <see cref="ConsonantSkeleton.OfKana"/>);
/// empty for any other word.</param>
/// <param name="GivenNames">The given-name classes of data/names/given-names.tsv the word belongs to; null when the
/// table does not know it.</param>
sealed record TokenTraits(RomanSyllable[][] Splits, bool IsSingleSyllable, ConsonantSkeleton[] ArabicSkeletons, int[]? GivenNames = null)
{
    public static TokenTraits Of(string token)
    {
        var splits = KoreanSyllables.Split(token);
        var arabic = token.Length == 0 ? []
            : Arabic.IsArabic(token[0]) ? ConsonantSkeleton.OfArabic(token)
            // The words of a query read in its own letters (NameReading.OwnLetters).
            : ConsonantSkeleton.IsGreekWord(token) ? ConsonantSkeleton.OfGreek(token)
            : ConsonantSkeleton.IsKanaWord(token) ? ConsonantSkeleton.OfKana(token)
            : [];
        return new TokenTraits(splits, splits.Any(s => s.Length == 1), arabic, NameTables.GivenNameClasses(token));
    }

    /// <summary>True when both words are known given names: then they are one name (a shared class) or two.</summary>
    public static bool BothGivenNames(TokenTraits a, TokenTraits b) => a.GivenNames is not null && b.GivenNames is not null;

    /// <summary>True when the two words share a given-name class (<c>Mohamed</c>/<c>Muhammad</c>, <c>Aleksandr</c>/<c>Alexander</c>).</summary>
    public static bool SameGivenName(TokenTraits a, TokenTraits b)
    {
        if (a.GivenNames is not { } x || b.GivenNames is not { } y) return false;
        foreach (var c in x)
        {
            if (Array.IndexOf(y, c) >= 0) return true;
        }
        return false;
    }

    /// <summary>True for a word in Arabic script that has a consonant skeleton.</summary>
    public bool IsArabic => ArabicSkeletons.Length > 0;
}
