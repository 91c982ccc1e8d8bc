namespace Interdict.Core.Alerts;

/// <summary>One change of a payment alert's state, for its history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="From">The state before; null when the alert was raised.</param>
/// <param name="To">The state after.</param>
/// <param name="Note">The reason given, or what happened.</param>
public sealed record PaymentAlertEvent(DateTimeOffset At, string Actor, PaymentAlertState? From, PaymentAlertState To, string Note);
