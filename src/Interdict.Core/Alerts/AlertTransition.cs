using System.Diagnostics.CodeAnalysis;

namespace Interdict.Core.Alerts;

/// <summary>The result of a four-eyes transition: the changed alert and its history event, or why it was refused.</summary>
public sealed record AlertTransition
{
    AlertTransition(Alert? alert, AlertEvent? change, AlertTransitionError error, string? message)
    {
        Alert = alert;
        Event = change;
        Error = error;
        Message = message;
    }

    /// <summary>The alert after the transition (same <see cref="Alerts.Alert.Version"/> as before: the store
    /// increments it when it saves); null when refused.</summary>
    public Alert? Alert { get; }

    /// <summary>The event to record in the alert's history; null when refused.</summary>
    public AlertEvent? Event { get; }

    /// <summary>Why the transition was refused; <see cref="AlertTransitionError.None"/> on success.</summary>
    public AlertTransitionError Error { get; }

    /// <summary>A sentence for the caller when refused.</summary>
    public string? Message { get; }

    /// <summary>True when the transition happened.</summary>
    [MemberNotNullWhen(true, nameof(Alert), nameof(Event))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Succeeded => Error == AlertTransitionError.None;

    internal static AlertTransition Done(Alert alert, AlertEvent change) => new(alert, change, AlertTransitionError.None, null);

    internal static AlertTransition Refused(AlertTransitionError error, string message) => new(null, null, error, message);
}
