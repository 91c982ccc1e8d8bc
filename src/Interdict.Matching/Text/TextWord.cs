using Interdict.Matching.Normalization;

namespace Interdict.Matching.Text;

/// <summary>One normalised word of a text, with where it was written.</summary>
/// <param name="Token">The word as the matcher compares it (<c>pyong</c>).</param>
/// <param name="Kind">What the word contributes to identity.</param>
/// <param name="Start">Where the written word starts in the text (UTF-16 index).</param>
/// <param name="Length">The written word's length (UTF-16 code units). Words read from one written word (the
/// syllables of <c>김정은</c>, <c>Co.</c> written out) share its span.</param>
/// <param name="BreakBefore">True when punctuation that ends a name (<c>,</c> <c>(</c> <c>:</c> <c>/</c> …)
/// stands between this word and the one before it: the words on either side are not one name.</param>
readonly record struct TextWord(string Token, TokenKind Kind, int Start, int Length, bool BreakBefore)
{
    /// <summary>Where the written word ends (exclusive).</summary>
    public int End => Start + Length;
}
