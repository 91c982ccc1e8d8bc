namespace Interdict.Core.Alerts;

/// <summary>One change of an alert's state, for its history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (or <c>system</c> for list updates).</param>
/// <param name="From">The state before; null when the alert was raised.</param>
/// <param name="To">The state after.</param>
/// <param name="Note">The reason given, or what happened.</param>
public sealed record AlertEvent(DateTimeOffset At, string Actor, AlertState? From, AlertState To, string Note);
