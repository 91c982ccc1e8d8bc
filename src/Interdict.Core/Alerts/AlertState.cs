namespace Interdict.Core.Alerts;

/// <summary>Where an alert stands in the four-eyes review.</summary>
public enum AlertState
{
    /// <summary>Raised, waiting for an analyst.</summary>
    Open = 0,
    /// <summary>An analyst proposed a decision; waiting for a supervisor other than the analyst.</summary>
    Proposed,
    /// <summary>A supervisor confirmed the customer is the listed party.</summary>
    ConfirmedTrueMatch,
    /// <summary>A supervisor confirmed the customer is not the listed party; not raised again unless
    /// the customer or the entry changes.</summary>
    ConfirmedFalsePositive,
    /// <summary>The entry left the list while the alert was still undecided.</summary>
    EntryDelisted,
}
