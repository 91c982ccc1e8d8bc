namespace Interdict.Payments;

/// <summary>Which amount of a payment a <see cref="PaymentAmount"/> is.</summary>
public enum AmountKind
{
    /// <summary>The interbank settlement amount (ISO <c>IntrBkSttlmAmt</c>; MT <c>:32A:</c>).</summary>
    Settlement = 0,
    /// <summary>The amount the customer instructed (ISO <c>InstdAmt</c>; MT <c>:33B:</c>, MT101 <c>:32B:</c>).</summary>
    Instructed,
    /// <summary>The amount returned (ISO <c>RtrdIntrBkSttlmAmt</c>, <c>RtrdInstdAmt</c>).</summary>
    Returned,
    /// <summary>The amount of the original payment a return or a cancellation refers to (ISO <c>OrgnlIntrBkSttlmAmt</c>).</summary>
    Original,
    /// <summary>The total of the message (ISO <c>TtlIntrBkSttlmAmt</c>).</summary>
    Total,
}
