using System.Diagnostics.CodeAnalysis;

namespace Interdict.Core.Alerts;

/// <summary>The result of a four-eyes transition of a payment alert: the changed alert and its history event, or why it
/// was refused.</summary>
public sealed record PaymentAlertTransition
{
    PaymentAlertTransition(PaymentAlert? alert, PaymentAlertEvent? change, AlertTransitionError error, string? message)
    {
        Alert = alert;
        Event = change;
        Error = error;
        Message = message;
    }

    /// <summary>The alert after the transition (same <see cref="PaymentAlert.Version"/> as before: the store increments
    /// it when it saves); null when refused.</summary>
    public PaymentAlert? Alert { get; }

    /// <summary>The event to record in the alert's history; null when refused.</summary>
    public PaymentAlertEvent? Event { get; }

    /// <summary>Why the transition was refused; <see cref="AlertTransitionError.None"/> on success.</summary>
    public AlertTransitionError Error { get; }

    /// <summary>A sentence for the caller when refused.</summary>
    public string? Message { get; }

    /// <summary>True when the transition happened.</summary>
    [MemberNotNullWhen(true, nameof(Alert), nameof(Event))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Succeeded => Error == AlertTransitionError.None;

    internal static PaymentAlertTransition Done(PaymentAlert alert, PaymentAlertEvent change) => new(alert, change, AlertTransitionError.None, null);

    internal static PaymentAlertTransition Refused(AlertTransitionError error, string message) => new(null, null, error, message);
}
