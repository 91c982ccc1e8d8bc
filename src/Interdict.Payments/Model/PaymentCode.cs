namespace Interdict.Payments;

/// <summary>A code or reference of a payment.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Place">Where it was read.</param>
public sealed record PaymentCode(CodeKind Kind, string Value, Place Place);
