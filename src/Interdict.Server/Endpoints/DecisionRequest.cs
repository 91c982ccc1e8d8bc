namespace Interdict.Server.Endpoints;

/// <summary>A four-eyes decision on an alert.</summary>
/// <param name="Outcome">For a proposal: <c>true_match</c> or <c>false_positive</c>.</param>
/// <param name="Reason">Why, in the decider's words. Required.</param>
sealed record DecisionRequest(string? Outcome, string? Reason);
