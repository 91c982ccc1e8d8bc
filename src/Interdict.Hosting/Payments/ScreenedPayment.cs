using Interdict.Payments;
using Interdict.Payments.Screening;

namespace Interdict.Hosting.Payments;

/// <summary>One message of a screened input: read and screened, or refused with the reason and place.</summary>
/// <param name="Read">What the parser made of the message.</param>
/// <param name="Result">The screening, or null when the message could not be read.</param>
public sealed record ScreenedPayment(PaymentReadResult Read, PaymentScreeningResult? Result)
{
    /// <summary><c>pass</c>, <c>review</c>, <c>hold</c>, or <c>error</c> for a message that could not be read.</summary>
    public string Outcome => Result is null ? "error" : Result.Outcome.ToString().ToLowerInvariant();
}
