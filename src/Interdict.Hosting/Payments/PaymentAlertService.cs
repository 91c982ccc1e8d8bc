using System.Globalization;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;
using Interdict.Hosting.Access;
using Interdict.Hosting.Audit;
using Interdict.Storage;

namespace Interdict.Hosting.Payments;

/// <summary>Opens a payment alert for every message screening held or sent to review (one per message: the same message
/// screened again finds its alert) and moves it through the four-eyes review, release or reject, recording every step
/// in the audit trail.</summary>
/// <remarks>Thread-safe. The transitions are Core's pure <see cref="PaymentAlert"/> methods; this service loads, applies,
/// saves with optimistic concurrency and audits, as <see cref="Alerts.AlertService"/> does for customers' alerts.</remarks>
public sealed class PaymentAlertService
{
    readonly IPaymentAlertStore _alerts;
    readonly PaymentService _payments;
    readonly IAuditLog _audit;
    readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public PaymentAlertService(IPaymentAlertStore alerts, PaymentService payments, IAuditLog audit, TimeProvider time)
    {
        _alerts = alerts;
        _payments = payments;
        _audit = audit;
        _time = time;
    }

    /// <summary>Opens an alert for each message of <paramref name="screened"/> whose outcome is review or hold, unless the
    /// same message has one already; the new ones are committed with their audit record.</summary>
    /// <returns>One entry per screened message, in order: its alert (new or found), or null for a pass or an error.</returns>
    public async Task<IReadOnlyList<PaymentAlert?>> RaiseAsync(IReadOnlyList<ScreenedPayment> screened, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screened);
        ArgumentNullException.ThrowIfNull(actor);
        var result = new PaymentAlert?[screened.Count];
        var raise = new List<PaymentAlert>();
        var positions = new List<int>();
        var now = _time.GetUtcNow();
        var listVersions = _payments.ListVersions();
        for (var i = 0; i < screened.Count; i++)
        {
            var one = screened[i];
            if (one.Result is not { } outcome || outcome.Outcome == Interdict.Payments.Screening.PaymentOutcome.Pass) continue;
            var payment = one.Read.Payment!;
            var message = PaymentMessageJson.Of(payment);
            raise.Add(new PaymentAlert
            {
                MessageId = payment.MessageId?.Value ?? "",
                MessageType = payment.Variant is { } variant ? $"{payment.MessageType} {variant}" : payment.MessageType,
                Source = one.Read.Origin,
                ContentHash = PaymentMessageJson.Hash(message),
                Outcome = one.Outcome,
                AsOf = payment.ValueDate ?? DateOnly.FromDateTime(now.UtcDateTime),
                Message = message,
                Hits = PaymentJson.Text(json => PaymentJson.WriteHits(json, outcome)),
                Basis = PaymentJson.Text(json => PaymentJson.WriteBasis(json, outcome)),
                Explanation = outcome.Explanation,
                ListVersions = listVersions,
                RulebookVersion = _payments.RulebookVersion,
                CreatedAt = now,
                UpdatedAt = now,
            });
            positions.Add(i);
        }
        if (raise.Count == 0) return result;
        var committed = await _alerts.AddAsync(raise, actor.Name, stored => new FollowUp(RaiseRecord(stored, actor), null), cancellationToken)
            .ConfigureAwait(false);
        for (var k = 0; k < positions.Count; k++) result[positions[k]] = committed.Value[k].Alert;
        return result;
    }

    static AuditEntry RaiseRecord(IReadOnlyList<PaymentAlert> stored, Actor actor) =>
        new(actor.Name, AuditActions.PaymentAlertRaise, string.Create(CultureInfo.InvariantCulture, $"{stored.Count} payment alerts"))
        {
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartArray();
                foreach (var alert in stored)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", alert.Id);
                    json.WriteString("message_id", alert.MessageId);
                    json.WriteString("type", alert.MessageType);
                    json.WriteString("content_hash", alert.ContentHash);
                    json.WriteString("outcome", alert.Outcome);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }),
            ListVersions = stored[0].ListVersions,
            RulebookVersion = stored[0].RulebookVersion,
        };

    /// <summary>An analyst proposes to release or reject the payment.</summary>
    public Task<PaymentAlertDecision> ProposeAsync(long id, PaymentDecision decision, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return DecideAsync(id, AuditActions.PaymentAlertPropose, a => a.Propose(actor.Name, decision, reason, _time.GetUtcNow()), actor,
            decision == PaymentDecision.Release ? "release" : "reject", reason, cancellationToken);
    }

    /// <summary>A supervisor (not the proposer) confirms the proposal: the payment is released or rejected.</summary>
    public Task<PaymentAlertDecision> ConfirmAsync(long id, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return DecideAsync(id, AuditActions.PaymentAlertConfirm, a => a.Confirm(actor.Name, reason, _time.GetUtcNow()), actor, null, reason, cancellationToken);
    }

    /// <summary>A supervisor (not the proposer) declines the proposal; the alert is open again.</summary>
    public Task<PaymentAlertDecision> DeclineAsync(long id, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return DecideAsync(id, AuditActions.PaymentAlertDecline, a => a.Decline(actor.Name, reason, _time.GetUtcNow()), actor, null, reason, cancellationToken);
    }

    async Task<PaymentAlertDecision> DecideAsync(long id, string action, Func<PaymentAlert, FourEyesTransition<PaymentAlert, PaymentAlertEvent>> transition, Actor actor,
        string? decision, string reason, CancellationToken cancellationToken)
    {
        var alert = await _alerts.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (alert is null) return PaymentAlertDecision.NotFound(id);
        var moved = transition(alert);
        if (!moved.Succeeded) return PaymentAlertDecision.Refused(moved.Error, moved.Message);
        var saved = await _alerts.TryUpdateAsync(moved.Alert, moved.Event, cancellationToken).ConfigureAwait(false);
        if (saved is null) return PaymentAlertDecision.Conflict(id);
        var entry = new AuditEntry(actor.Name, action, id.ToString(CultureInfo.InvariantCulture))
        {
            Inputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("reason", reason);
                if (decision is not null) json.WriteString("decision", decision);
                json.WriteEndObject();
            }),
            Outputs = AuditJson.Of(json =>
            {
                json.WriteStartObject();
                json.WriteString("from", alert.State.ToString());
                json.WriteString("to", saved.State.ToString());
                json.WriteString("message_id", saved.MessageId);
                json.WriteString("content_hash", saved.ContentHash);
                json.WriteEndObject();
            }),
            ListVersions = saved.ListVersions,
            RulebookVersion = saved.RulebookVersion,
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return PaymentAlertDecision.Done(saved);
    }
}
