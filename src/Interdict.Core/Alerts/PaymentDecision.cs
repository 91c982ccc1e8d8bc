namespace Interdict.Core.Alerts;

/// <summary>What an analyst proposes for a held or reviewed payment.</summary>
public enum PaymentDecision
{
    /// <summary>The hits are not the listed parties, or engage no measure: the payment may go on.</summary>
    Release = 0,
    /// <summary>The payment is not executed.</summary>
    Reject,
}
