namespace Interdict.Core.Alerts;

/// <summary>An analyst's proposed decision on a payment alert, the first pair of eyes.</summary>
/// <param name="Analyst">Who proposed (an API key's name or a user id).</param>
/// <param name="Decision">Release or reject.</param>
/// <param name="Reason">Why, in the analyst's words.</param>
/// <param name="At">When.</param>
public sealed record PaymentAlertProposal(string Analyst, PaymentDecision Decision, string Reason, DateTimeOffset At);
