namespace Interdict.Rules.Model;

/// <summary>Whether a good falls under a goods scope, and why not when unsure.</summary>
/// <param name="Truth">Yes, no, or unknown (e.g. value or condition not given, HS code too broad).</param>
/// <param name="Review">A doubtful HS mapping matched: the answer raises <c>hs_review</c>.</param>
/// <param name="Reason">Why the answer is unknown.</param>
public readonly record struct GoodsMatch(Truth Truth, bool Review, string? Reason)
{
    /// <summary>The good is outside the scope.</summary>
    public static readonly GoodsMatch No = new(Truth.No, false, null);
}
