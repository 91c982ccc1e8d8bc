namespace Interdict.Core.Alerts;

/// <summary>An analyst's proposed decision on an alert, the first pair of eyes.</summary>
/// <param name="Analyst">Who proposed (an API key's name or a user id).</param>
/// <param name="Outcome">True match or false positive.</param>
/// <param name="Reason">Why, in the analyst's words.</param>
/// <param name="At">When.</param>
public sealed record AlertProposal(string Analyst, AlertOutcome Outcome, string Reason, DateTimeOffset At);
