using Interdict.Core.Alerts;

namespace Interdict.Hosting.Alerts;

/// <summary>What a four-eyes decision did: the saved alert, or why nothing changed.</summary>
/// <param name="Alert">The alert as saved, when done.</param>
/// <param name="Status">Done, not found, refused by the four-eyes rules, or changed by someone else first.</param>
/// <param name="Error">When refused: which rule.</param>
/// <param name="Message">When not done: a sentence for the caller.</param>
public sealed record AlertDecision(Alert? Alert, AlertDecisionStatus Status, AlertTransitionError Error, string? Message)
{
    internal static AlertDecision Done(Alert alert) => new(alert, AlertDecisionStatus.Done, AlertTransitionError.None, null);

    internal static AlertDecision NotFound(long id) => new(null, AlertDecisionStatus.NotFound, AlertTransitionError.None, $"no alert {id}");

    internal static AlertDecision Refused(AlertTransitionError error, string message) => new(null, AlertDecisionStatus.Refused, error, message);

    internal static AlertDecision Conflict(long id) =>
        new(null, AlertDecisionStatus.Conflict, AlertTransitionError.None, $"alert {id} was changed by someone else meanwhile; reload it and decide again");
}
