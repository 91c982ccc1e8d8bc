using System.Diagnostics.CodeAnalysis;

namespace Interdict.Core.Alerts;

/// <summary>The result of a four-eyes transition of an alert of any kind (a customer's <see cref="Alert"/>, a
/// <see cref="PaymentAlert"/>): the changed alert and its history event, or why it was refused.</summary>
/// <typeparam name="TAlert">The kind of alert.</typeparam>
/// <typeparam name="TEvent">The kind of its history events.</typeparam>
public sealed record FourEyesTransition<TAlert, TEvent>
    where TAlert : class
    where TEvent : class
{
    FourEyesTransition(TAlert? alert, TEvent? change, AlertTransitionError error, string? message)
    {
        Alert = alert;
        Event = change;
        Error = error;
        Message = message;
    }

    /// <summary>The alert after the transition (same version as before: the store increments it when it saves); null
    /// when refused.</summary>
    public TAlert? Alert { get; }

    /// <summary>The event to record in the alert's history; null when refused.</summary>
    public TEvent? Event { get; }

    /// <summary>Why the transition was refused; <see cref="AlertTransitionError.None"/> on success.</summary>
    public AlertTransitionError Error { get; }

    /// <summary>A sentence for the caller when refused.</summary>
    public string? Message { get; }

    /// <summary>True when the transition happened.</summary>
    [MemberNotNullWhen(true, nameof(Alert), nameof(Event))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Succeeded => Error == AlertTransitionError.None;

    internal static FourEyesTransition<TAlert, TEvent> Done(TAlert alert, TEvent change) => new(alert, change, AlertTransitionError.None, null);

    internal static FourEyesTransition<TAlert, TEvent> Refused(FourEyesRefusal refusal) => new(null, null, refusal.Error, refusal.Message);
}
