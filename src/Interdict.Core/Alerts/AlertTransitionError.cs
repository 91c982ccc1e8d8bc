namespace Interdict.Core.Alerts;

/// <summary>Why a four-eyes transition was refused.</summary>
public enum AlertTransitionError
{
    /// <summary>No error: the transition happened.</summary>
    None = 0,
    /// <summary>The alert is not in the state the transition starts from.</summary>
    WrongState,
    /// <summary>The supervisor is the analyst who proposed: nobody confirms or rejects their own proposal.</summary>
    SameActor,
    /// <summary>The actor or the reason is blank.</summary>
    MissingInput,
}
