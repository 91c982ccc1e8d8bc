namespace Interdict.Core.Alerts;

/// <summary>A supervisor's review of a proposal, the second pair of eyes.</summary>
/// <param name="Supervisor">Who reviewed; never the proposal's analyst.</param>
/// <param name="Confirmed">True when the proposal was confirmed, false when it was rejected.</param>
/// <param name="Reason">Why, in the supervisor's words.</param>
/// <param name="At">When.</param>
public sealed record AlertReview(string Supervisor, bool Confirmed, string Reason, DateTimeOffset At);
