namespace Interdict.Payments;

/// <summary>An amount of the payment with its currency and, where the message gives one, its value date.</summary>
/// <param name="Kind">Which amount.</param>
/// <param name="Currency">ISO 4217 code, upper case.</param>
/// <param name="Value">The amount (MT decimal commas read as points).</param>
/// <param name="ValueDate">The settlement or execution date that goes with it, when given (ISO <c>IntrBkSttlmDt</c>,
/// <c>ReqdExctnDt</c>; MT <c>:32A:</c>, MT101 <c>:30:</c>).</param>
/// <param name="Place">Where the amount was read.</param>
public sealed record PaymentAmount(AmountKind Kind, string Currency, decimal Value, DateOnly? ValueDate, Place Place);
