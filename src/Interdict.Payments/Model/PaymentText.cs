namespace Interdict.Payments;

/// <summary>One line or element of free text in a payment, where names can hide.</summary>
/// <param name="Kind">What the text is for.</param>
/// <param name="Text">The text of one element (ISO) or one line (MT).</param>
/// <param name="Place">Where it was read.</param>
public sealed record PaymentText(TextKind Kind, string Text, Place Place);
