namespace Interdict.Core.Alerts;

/// <summary>The decision an analyst proposes for an alert.</summary>
public enum AlertOutcome
{
    /// <summary>The customer is the listed party.</summary>
    TrueMatch = 0,
    /// <summary>The customer is not the listed party.</summary>
    FalsePositive,
}
