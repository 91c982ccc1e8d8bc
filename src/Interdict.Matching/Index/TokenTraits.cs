using Interdict.Matching.Korean;

namespace Interdict.Matching.Index;

/// <summary>What word comparisons need to know of a word, computed once: its Korean syllable readings.</summary>
/// <param name="Splits">Every reading of the word as romanised Korean syllables; empty when it is not Korean-readable.</param>
/// <param name="IsSingleSyllable">True when one reading is a single syllable (<c>kim</c>, <c>jong</c>).</param>
sealed record TokenTraits(RomanSyllable[][] Splits, bool IsSingleSyllable)
{
    public static TokenTraits Of(string token)
    {
        var splits = KoreanSyllables.Split(token);
        return new TokenTraits(splits, splits.Any(s => s.Length == 1));
    }
}
