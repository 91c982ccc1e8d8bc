using Interdict.Core.Alerts;

namespace Interdict.Storage;

/// <summary>Stored payment alerts and their histories. Thread-safe.</summary>
public interface IPaymentAlertStore
{
    /// <summary>Stores the alerts not stored yet (one per <see cref="PaymentAlert.Key"/>: the same message screened
    /// again finds its alert) with their "raised" events, and commits what <paramref name="followUp"/> makes of the
    /// newly stored ones (their audit record) in the same transaction; the follow-up is not asked for when nothing is new.</summary>
    /// <returns>One result per given alert, in order: the alert as stored, and whether this call stored it.</returns>
    Task<Committed<IReadOnlyList<PaymentAlertAdded>>> AddAsync(IReadOnlyList<PaymentAlert> alerts, string actor,
        Func<IReadOnlyList<PaymentAlert>, FollowUp?>? followUp, CancellationToken cancellationToken);

    /// <summary>The alert with this id; null when there is none.</summary>
    Task<PaymentAlert?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>A page of alerts matching the filters, newest first, with the total count.</summary>
    Task<Page<PaymentAlert>> QueryAsync(PaymentAlertQuery query, CancellationToken cancellationToken);

    /// <summary>Saves a transition's alert and event if the stored alert still has <paramref name="changed"/>'s
    /// <see cref="PaymentAlert.Version"/>; returns the saved alert (version incremented), or null when someone else
    /// changed it first.</summary>
    Task<PaymentAlert?> TryUpdateAsync(PaymentAlert changed, PaymentAlertEvent change, CancellationToken cancellationToken);

    /// <summary>The alert's history, oldest first.</summary>
    Task<IReadOnlyList<PaymentAlertEvent>> EventsAsync(long id, CancellationToken cancellationToken);
}
