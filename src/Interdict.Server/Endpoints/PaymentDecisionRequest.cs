namespace Interdict.Server.Endpoints;

/// <summary>A four-eyes decision on a payment alert.</summary>
/// <param name="Decision">For a proposal: <c>release</c> or <c>reject</c>.</param>
/// <param name="Reason">Why, in the decider's words. Required.</param>
sealed record PaymentDecisionRequest(string? Decision, string? Reason);
