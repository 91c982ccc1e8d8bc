using Interdict.Core.Alerts;
using Interdict.Hosting.Alerts;

namespace Interdict.Hosting.Payments;

/// <summary>What a four-eyes decision on a payment alert did: the saved alert, or why nothing changed.</summary>
/// <param name="Alert">The alert as saved, when done.</param>
/// <param name="Status">Done, not found, refused by the four-eyes rules, or changed by someone else first.</param>
/// <param name="Error">When refused: which rule.</param>
/// <param name="Message">When not done: a sentence for the caller.</param>
public sealed record PaymentAlertDecision(PaymentAlert? Alert, AlertDecisionStatus Status, AlertTransitionError Error, string? Message)
{
    internal static PaymentAlertDecision Done(PaymentAlert alert) => new(alert, AlertDecisionStatus.Done, AlertTransitionError.None, null);

    internal static PaymentAlertDecision NotFound(long id) => new(null, AlertDecisionStatus.NotFound, AlertTransitionError.None, $"no payment alert {id}");

    internal static PaymentAlertDecision Refused(AlertTransitionError error, string message) => new(null, AlertDecisionStatus.Refused, error, message);

    internal static PaymentAlertDecision Conflict(long id) =>
        new(null, AlertDecisionStatus.Conflict, AlertTransitionError.None, $"payment alert {id} was changed by someone else meanwhile; reload it and decide again");
}
