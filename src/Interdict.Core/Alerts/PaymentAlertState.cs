namespace Interdict.Core.Alerts;

/// <summary>Where a payment alert stands in the four-eyes review.</summary>
public enum PaymentAlertState
{
    /// <summary>Raised by a <c>review</c> or <c>hold</c> outcome; the payment waits for an analyst.</summary>
    Open = 0,
    /// <summary>An analyst proposed to release or reject the payment; waiting for a supervisor other than the analyst.</summary>
    Proposed,
    /// <summary>A supervisor confirmed the release: the payment may go on.</summary>
    Released,
    /// <summary>A supervisor confirmed the rejection: the payment is not executed (returned or frozen as the bank's
    /// procedure says).</summary>
    Rejected,
}
