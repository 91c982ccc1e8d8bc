namespace Interdict.Payments.Screening;

/// <summary>One field of a payment that hit, and what it hit.</summary>
/// <param name="Place">The field (its path or MT tag and line).</param>
/// <param name="Value">The value of the field that hit.</param>
/// <param name="List">The list (<c>un</c>, <c>ofac</c>), or <c>DPRK-link</c> for a KP country, KP BIC or DPRK town.</param>
/// <param name="Reference">The list's reference (<c>KPe.025</c>), or <c>KP</c> for a DPRK link.</param>
/// <param name="Score">0..1; 1 for an exact name, a listed identifier or a DPRK link.</param>
/// <param name="Outcome">What this hit alone calls for.</param>
/// <param name="Reason">Why, in one line.</param>
public sealed record PaymentHit(Place Place, string Value, string List, string Reference, double Score, PaymentOutcome Outcome, string Reason);
