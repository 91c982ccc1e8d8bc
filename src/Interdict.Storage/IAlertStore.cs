using Interdict.Core.Alerts;

namespace Interdict.Storage;

/// <summary>Stored alerts and their histories. Thread-safe.</summary>
public interface IAlertStore
{
    /// <summary>Stores new alerts (state as given, normally Open) with their "raised" events, in one transaction;
    /// returns them with their ids and version 1.</summary>
    Task<IReadOnlyList<Alert>> AddAsync(IReadOnlyList<Alert> alerts, string actor, CancellationToken cancellationToken);

    /// <summary>Like <see cref="AddAsync(IReadOnlyList{Alert}, string, CancellationToken)"/>, and commits what
    /// <paramref name="followUp"/> makes of the stored alerts (their audit record) in the same transaction, so an alert
    /// is never stored without its record.</summary>
    Task<Committed<IReadOnlyList<Alert>>> AddAsync(IReadOnlyList<Alert> alerts, string actor, Func<IReadOnlyList<Alert>, FollowUp?>? followUp,
        CancellationToken cancellationToken);

    /// <summary>The alert with this id; null when there is none.</summary>
    Task<Alert?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>A page of alerts matching the filters, newest first, with the total count.</summary>
    Task<Page<Alert>> QueryAsync(AlertQuery query, CancellationToken cancellationToken);

    /// <summary>Saves a transition's alert and event if the stored alert still has <paramref name="changed"/>'s
    /// <see cref="Alert.Version"/>; returns the saved alert (version incremented), or null when someone else
    /// changed it first (reload and decide again).</summary>
    Task<Alert?> TryUpdateAsync(Alert changed, AlertEvent change, CancellationToken cancellationToken);

    /// <summary>The alert's history, oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> EventsAsync(long id, CancellationToken cancellationToken);

    /// <summary>The standing of these customers' alerts (under review; confirmed false positives and their
    /// fingerprints), read in a few queries however many customers are given: a batch of hits is checked against it
    /// before alerts are raised.</summary>
    Task<AlertStanding> StandingAsync(IReadOnlyCollection<string> customerIds, CancellationToken cancellationToken);

    /// <summary>Marks every undecided alert on these entries as <see cref="AlertState.EntryDelisted"/>, recording an
    /// event for each; returns how many were marked.</summary>
    Task<int> MarkDelistedAsync(IReadOnlyCollection<string> entryKeys, string listVersion, string actor,
        CancellationToken cancellationToken);

    /// <summary>Like <see cref="MarkDelistedAsync(IReadOnlyCollection{string}, string, string, CancellationToken)"/>, and
    /// commits what <paramref name="followUp"/> makes of the count (the audit record) in the same transaction when any
    /// alert was marked. Marking again marks nothing: a repeated call after a crash writes no second record.</summary>
    Task<Committed<int>> MarkDelistedAsync(IReadOnlyCollection<string> entryKeys, string listVersion, string actor,
        Func<int, FollowUp?>? followUp, CancellationToken cancellationToken);
}
