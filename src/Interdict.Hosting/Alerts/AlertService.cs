using System.Globalization;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Hosting.Access;
using Interdict.Hosting.Audit;
using Interdict.Matching.Screening;
using Interdict.Storage;

namespace Interdict.Hosting.Alerts;

/// <summary>Raises alerts from screening hits (never twice for a match still under review, never again for a
/// confirmed false positive whose customer and entry are unchanged) and moves them through the four-eyes review,
/// recording every change in the audit trail.</summary>
/// <remarks>Thread-safe. The transitions themselves are Core's pure <see cref="Alert"/> methods; this service loads,
/// applies, saves with optimistic concurrency and audits.</remarks>
public sealed class AlertService
{
    readonly IAlertStore _alerts;
    readonly IAuditLog _audit;
    readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    /// <param name="alerts">The alert store.</param>
    /// <param name="audit">The audit trail.</param>
    /// <param name="time">The clock.</param>
    public AlertService(IAlertStore alerts, IAuditLog audit, TimeProvider time)
    {
        _alerts = alerts;
        _audit = audit;
        _time = time;
    }

    /// <summary>Raises an alert for each (customer, hit) pair that is neither under review already nor a suppressed
    /// false positive, and records the raise in the audit trail.</summary>
    /// <param name="matches">Customers with the hits screening found for them.</param>
    /// <param name="origin">Screening of the customer, or a list update.</param>
    /// <param name="actor">Who caused it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The alerts raised, with their ids.</returns>
    public async Task<IReadOnlyList<Alert>> RaiseAsync(IReadOnlyList<(Customer Customer, ScreeningHit Hit)> matches, AlertOrigin origin, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var raise = new List<Alert>();
        var seen = new HashSet<(string, string)>();
        var standing = await _alerts.StandingAsync([.. matches.Select(m => m.Customer.Id)], cancellationToken).ConfigureAwait(false);
        // A list update's hits share a few hundred entries, and a customer may hit several: each fingerprint (a hash of
        // the record) is computed once.
        var entryFingerprints = new Dictionary<ListEntry, string>(ReferenceEqualityComparer.Instance);
        var customerFingerprints = new Dictionary<Customer, string>(ReferenceEqualityComparer.Instance);
        foreach (var (customer, hit) in matches)
        {
            var key = hit.Entry.Key;
            if (!seen.Add((customer.Id, key)) || standing.IsUnderReview(customer.Id, key)) continue;
            if (!entryFingerprints.TryGetValue(hit.Entry, out var entryFingerprint)) entryFingerprints[hit.Entry] = entryFingerprint = EntryFingerprint.Of(hit.Entry);
            if (!customerFingerprints.TryGetValue(customer, out var customerFingerprint)) customerFingerprints[customer] = customerFingerprint = customer.Fingerprint;
            if (standing.IsSuppressed(customer.Id, key, customerFingerprint, entryFingerprint)) continue;
            raise.Add(new Alert
            {
                CustomerId = customer.Id,
                CustomerFingerprint = customerFingerprint,
                Source = hit.Entry.Source,
                EntryReference = hit.Entry.Reference,
                EntryName = hit.Entry.PrimaryName.Full,
                ListVersion = hit.Version.Label,
                EntryFingerprint = entryFingerprint,
                Score = hit.Score,
                Explanation = AuditJson.Match(hit),
                Origin = origin,
                State = AlertState.Open,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        if (raise.Count == 0) return [];
        // The record is committed with the alerts: a crash leaves both or neither, and a resumed job finds the alerts
        // under review and raises them no second time.
        var committed = await _alerts.AddAsync(raise, actor.Name, stored => new FollowUp(RaiseRecord(stored, origin, actor), null), cancellationToken)
            .ConfigureAwait(false);
        return committed.Value;
    }

    static AuditEntry RaiseRecord(IReadOnlyList<Alert> stored, AlertOrigin origin, Actor actor) =>
        new AuditEntry(actor.Name, AuditActions.AlertRaise, string.Create(CultureInfo.InvariantCulture, $"{stored.Count} alerts"))
        {
            Inputs = AuditJson.Of(json => json.WriteStringValue(origin.ToString())),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartArray();
                foreach (var alert in stored)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", alert.Id);
                    json.WriteString("customer", alert.CustomerId);
                    json.WriteString("entry", alert.EntryKey);
                    json.WriteNumber("score", alert.Score);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }),
            ListVersions = [.. stored.Select(a => $"{a.Source} {a.ListVersion}").Distinct(StringComparer.Ordinal)],
        };

    /// <summary>An analyst proposes a decision.</summary>
    /// <param name="id">The alert.</param>
    /// <param name="outcome">True match or false positive.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">The analyst.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened.</returns>
    public Task<AlertDecision> ProposeAsync(long id, AlertOutcome outcome, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return DecideAsync(id, AuditActions.AlertPropose, a => a.Propose(actor.Name, outcome, reason, _time.GetUtcNow()), actor,
            outcome == AlertOutcome.TrueMatch ? "true_match" : "false_positive", reason, cancellationToken);
    }

    /// <summary>A supervisor (not the proposer) confirms the proposal.</summary>
    /// <param name="id">The alert.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">The supervisor.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened.</returns>
    public Task<AlertDecision> ConfirmAsync(long id, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return DecideAsync(id, AuditActions.AlertConfirm, a => a.Confirm(actor.Name, reason, _time.GetUtcNow()), actor, null, reason, cancellationToken);
    }

    /// <summary>A supervisor (not the proposer) rejects the proposal; the alert is open again.</summary>
    /// <param name="id">The alert.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">The supervisor.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened.</returns>
    public Task<AlertDecision> RejectAsync(long id, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return DecideAsync(id, AuditActions.AlertReject, a => a.Reject(actor.Name, reason, _time.GetUtcNow()), actor, null, reason, cancellationToken);
    }

    /// <summary>Marks undecided alerts on removed entries as delisted and records it.</summary>
    /// <param name="entryKeys">The removed entries' keys.</param>
    /// <param name="listVersion">The version that removed them.</param>
    /// <param name="actor">Who imported the version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many alerts were marked.</returns>
    public async Task<int> MarkDelistedAsync(IReadOnlyCollection<string> entryKeys, string listVersion, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryKeys);
        ArgumentNullException.ThrowIfNull(actor);
        if (entryKeys.Count == 0) return 0;
        // The record is committed with the marks, and only when something was marked: delisting again after a crash
        // marks nothing and records nothing.
        var committed = await _alerts.MarkDelistedAsync(entryKeys, listVersion, actor.Name, marked => new FollowUp(
            new AuditEntry(actor.Name, AuditActions.AlertDelisted, listVersion)
            {
                Inputs = AuditJson.Of(json =>
                {
                    json.WriteStartArray();
                    foreach (var key in entryKeys) json.WriteStringValue(key);
                    json.WriteEndArray();
                }),
                Outputs = AuditJson.Of(json => json.WriteNumberValue(marked)),
                ListVersions = [listVersion],
            }, null), cancellationToken).ConfigureAwait(false);
        return committed.Value;
    }

    async Task<AlertDecision> DecideAsync(long id, string action, Func<Alert, FourEyesTransition<Alert, AlertEvent>> transition, Actor actor, string? outcome, string reason,
        CancellationToken cancellationToken)
    {
        var alert = await _alerts.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (alert is null) return AlertDecision.NotFound(id);
        var moved = transition(alert);
        if (!moved.Succeeded) return AlertDecision.Refused(moved.Error, moved.Message);
        var saved = await _alerts.TryUpdateAsync(moved.Alert, moved.Event, cancellationToken).ConfigureAwait(false);
        if (saved is null) return AlertDecision.Conflict(id);
        var entry = new AuditEntry(actor.Name, action, id.ToString(CultureInfo.InvariantCulture))
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("reason", reason);
                if (outcome is not null) json.WriteString("outcome", outcome);
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("from", alert.State.ToString());
                json.WriteString("to", saved.State.ToString());
                json.WriteString("customer", saved.CustomerId);
                json.WriteString("entry", saved.EntryKey);
                json.WriteEndObject();
            }),
            ListVersions = [$"{saved.Source} {saved.ListVersion}"],
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return AlertDecision.Done(saved);
    }
}
