namespace Interdict.Hosting.Alerts;

/// <summary>The kinds of result of a four-eyes decision.</summary>
public enum AlertDecisionStatus
{
    /// <summary>The alert moved and was saved.</summary>
    Done = 0,
    /// <summary>No such alert.</summary>
    NotFound,
    /// <summary>The four-eyes rules refused it (wrong state, own proposal, missing reason).</summary>
    Refused,
    /// <summary>Someone else changed the alert first.</summary>
    Conflict,
}
