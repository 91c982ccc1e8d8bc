using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Interdict.Payments;

/// <summary>The outcome of reading one payment message: the <see cref="Payment"/> with any notes on how it was read, or
/// the one issue that made the message unusable.</summary>
/// <remarks>
/// <para>Exactly one of <see cref="Payment"/> and <see cref="Failure"/> is set. A refused message never carries a
/// partial payment: what cannot be read whole cannot be screened whole, and must never pass as clean.</para>
/// <para>Readers return results for bad input and never throw for it; they throw only for programmer errors.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PaymentReadResult
{
    PaymentReadResult(string origin, Payment? payment, PaymentIssue? failure, ImmutableArray<PaymentIssue> notes)
    {
        Origin = origin;
        Payment = payment;
        Failure = failure;
        Notes = notes;
    }

    /// <summary>Where the message came from (file name with the message's position when the file holds several).</summary>
    public string Origin { get; }

    /// <summary>True when the message was read and <see cref="Payment"/> holds it.</summary>
    [MemberNotNullWhen(true, nameof(Payment))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Success => Payment is not null;

    /// <summary>The payment, when <see cref="Success"/>; otherwise null.</summary>
    public Payment? Payment { get; }

    /// <summary>Why the message was refused, when not <see cref="Success"/>; otherwise null.</summary>
    public PaymentIssue? Failure { get; }

    /// <summary>Caveats on a message that was read: an unknown version read by element names, a namespace that
    /// disagrees with the header. Empty when there are none.</summary>
    public ImmutableArray<PaymentIssue> Notes { get; }

    /// <summary>A message read whole.</summary>
    public static PaymentReadResult Read(string origin, Payment payment, IEnumerable<PaymentIssue>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(payment);
        return new PaymentReadResult(origin, payment, null, notes is null ? [] : [.. notes]);
    }

    /// <summary>A refused message.</summary>
    public static PaymentReadResult Refused(PaymentIssue failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new PaymentReadResult(failure.Origin, null, failure, []);
    }

    /// <summary>Gets the payment when the message was read.</summary>
    public bool TryGetPayment([NotNullWhen(true)] out Payment? payment)
    {
        payment = Payment;
        return payment is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => Success ? $"{Origin}: {Payment}" : $"refused: {Failure}";
}
