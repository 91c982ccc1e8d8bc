namespace Interdict.Core.Screening;

/// <summary>Finds listed names inside free text (a payment's remittance line, bank-to-bank information), each with
/// where it stands in the text.</summary>
/// <remarks>The seam through which payment screening uses the matching engine's text mode without depending on it.
/// Implementations are thread-safe.</remarks>
public interface ITextScreener
{
    /// <summary>Every listed name found in <paramref name="text"/> at or above the screener's threshold, in the order
    /// written, against the list versions in force on <paramref name="asOf"/>.</summary>
    IReadOnlyList<NameInText> ScreenText(string text, DateOnly asOf);
}
