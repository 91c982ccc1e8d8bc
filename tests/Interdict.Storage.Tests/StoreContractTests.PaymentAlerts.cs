using Interdict.Core.Alerts;
using Interdict.Core.Audit;

namespace Interdict.Storage.Tests;

/// <summary>The payment-alert part of the storage contract: one alert per message, four-eyes transitions with optimistic
/// concurrency, an append-only history, the raise committed with its audit record.</summary>
public abstract partial class StoreContractTests
{
    static PaymentAlert HeldPayment(string messageId, string contentHash = "c0ffee", string outcome = "hold") => new()
    {
        MessageId = messageId,
        MessageType = "pacs.008.001.08",
        Source = "body",
        ContentHash = contentHash,
        Outcome = outcome,
        AsOf = new DateOnly(2026, 11, 20),
        Message = """{"parties":[]}""",
        Hits = """[{"field":"/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/CdtrAgt/FinInstnId/BICFI","value":"KKBCKPPY","list":"un","ref":"KPe.025"}]""",
        Basis = """[{"resolution":"2270","paragraph":"33"}]""",
        Explanation = "Held: …",
        ListVersions = ["un 2026-11-20", "ofac 2026-11-19"],
        RulebookVersion = "rb-1",
    };

    static FollowUp RaiseRecord(IReadOnlyList<PaymentAlert> stored) =>
        new(new AuditEntry("api", AuditActions.PaymentAlertRaise, $"{stored.Count}") { Outputs = string.Join(",", stored.Select(a => a.Id)) }, null);

    [StoreFact]
    public async Task PaymentAlerts_AddAsync_SameMessageTwice_OneAlertAndOneRecord()
    {
        var first = await Store.PaymentAlerts.AddAsync([HeldPayment("M1"), HeldPayment("M2", outcome: "review")], "api", RaiseRecord, Ct);
        Assert.All(first.Value, a => Assert.True(a.New));
        Assert.NotNull(first.Audit);
        Assert.Equal(AuditActions.PaymentAlertRaise, first.Audit.Action);
        var m1 = first.Value[0].Alert;
        Assert.True(m1.Id > 0);
        Assert.Equal(1, m1.Version);
        Assert.Equal(PaymentAlertState.Open, m1.State);

        // The same message (id and content) again, and a changed message under the same id.
        Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await Store.PaymentAlerts.AddAsync([HeldPayment("M1"), HeldPayment("M1", "beef")], "api", RaiseRecord, Ct);
        Assert.False(again.Value[0].New);
        Assert.Equal(m1.Id, again.Value[0].Alert.Id);
        Assert.Equal(m1.CreatedAt, again.Value[0].Alert.CreatedAt);
        Assert.True(again.Value[1].New);
        Assert.NotEqual(m1.Id, again.Value[1].Alert.Id);

        // Nothing new: no record at all.
        var third = await Store.PaymentAlerts.AddAsync([HeldPayment("M1")], "api", RaiseRecord, Ct);
        Assert.False(third.Value[0].New);
        Assert.Null(third.Audit);
        Assert.Equal(2, (await Store.Audit.QueryAsync(new AuditQuery { Action = AuditActions.PaymentAlertRaise }, Ct)).Total);

        var loaded = await Store.PaymentAlerts.FindAsync(m1.Id, Ct);
        Assert.NotNull(loaded);
        Assert.Equal("M1", loaded.MessageId);
        Assert.Equal("pacs.008.001.08", loaded.MessageType);
        Assert.Equal("hold", loaded.Outcome);
        Assert.Equal(new DateOnly(2026, 11, 20), loaded.AsOf);
        Assert.Equal(HeldPayment("M1").Hits, loaded.Hits);
        Assert.Equal(HeldPayment("M1").Basis, loaded.Basis);
        Assert.Equal(["un 2026-11-20", "ofac 2026-11-19"], loaded.ListVersions.ToArray());
        Assert.Equal("rb-1", loaded.RulebookVersion);
        Assert.Null(await Store.PaymentAlerts.FindAsync(m1.Id + 1000, Ct));
    }

    [StoreFact]
    public async Task PaymentAlerts_QueryAsync_FiltersByStateOutcomeAndMessage_NewestFirst()
    {
        var added = (await Store.PaymentAlerts.AddAsync([HeldPayment("A"), HeldPayment("B", outcome: "review"), HeldPayment("C")], "api", null, Ct)).Value;
        var all = await Store.PaymentAlerts.QueryAsync(new PaymentAlertQuery(), Ct);
        Assert.Equal(["C", "B", "A"], all.Items.Select(a => a.MessageId));
        Assert.Equal(2, (await Store.PaymentAlerts.QueryAsync(new PaymentAlertQuery { Outcome = "hold" }, Ct)).Total);
        Assert.Equal(["B"], (await Store.PaymentAlerts.QueryAsync(new PaymentAlertQuery { MessageId = "B" }, Ct)).Items.Select(a => a.MessageId));
        var page = await Store.PaymentAlerts.QueryAsync(new PaymentAlertQuery { Limit = 1, Offset = 1 }, Ct);
        Assert.Equal(3, page.Total);
        Assert.Equal(["B"], page.Items.Select(a => a.MessageId));

        var a = added[0].Alert;
        var proposed = a.Propose("ana", PaymentDecision.Release, "not the listed bank", Clock.GetUtcNow());
        await Store.PaymentAlerts.TryUpdateAsync(proposed.Alert!, proposed.Event!, Ct);
        Assert.Equal(["A"], (await Store.PaymentAlerts.QueryAsync(new PaymentAlertQuery { State = PaymentAlertState.Proposed }, Ct)).Items.Select(x => x.MessageId));
        Assert.Equal(2, (await Store.PaymentAlerts.QueryAsync(new PaymentAlertQuery { State = PaymentAlertState.Open }, Ct)).Total);
    }

    [StoreFact]
    public async Task PaymentAlerts_TryUpdateAsync_FourEyes_SavesStatesEventsAndRefusesStaleVersion()
    {
        var alert = (await Store.PaymentAlerts.AddAsync([HeldPayment("M9")], "api", null, Ct)).Value[0].Alert;

        Clock.Advance(TimeSpan.FromMinutes(5));
        var propose = alert.Propose("ana", PaymentDecision.Reject, "creditor agent is KKBC", Clock.GetUtcNow());
        var proposed = await Store.PaymentAlerts.TryUpdateAsync(propose.Alert!, propose.Event!, Ct);
        Assert.NotNull(proposed);
        Assert.Equal(2, proposed.Version);

        var stale = alert.Propose("bob", PaymentDecision.Release, "no", Clock.GetUtcNow());
        Assert.Null(await Store.PaymentAlerts.TryUpdateAsync(stale.Alert!, stale.Event!, Ct));

        Assert.Equal(AlertTransitionError.SameActor, proposed.Confirm("ana", "mine", Clock.GetUtcNow()).Error);

        Clock.Advance(TimeSpan.FromMinutes(5));
        var decline = proposed.Decline("sue", "check the ultimate creditor first", Clock.GetUtcNow());
        var declined = await Store.PaymentAlerts.TryUpdateAsync(decline.Alert!, decline.Event!, Ct);
        Assert.NotNull(declined);
        Assert.Equal(PaymentAlertState.Open, declined.State);

        var again = declined.Propose("ana", PaymentDecision.Reject, "ultimate creditor is KKBC too", Clock.GetUtcNow());
        var proposedAgain = await Store.PaymentAlerts.TryUpdateAsync(again.Alert!, again.Event!, Ct);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var confirm = proposedAgain!.Confirm("sue", "agreed", Clock.GetUtcNow());
        Assert.NotNull(await Store.PaymentAlerts.TryUpdateAsync(confirm.Alert!, confirm.Event!, Ct));

        var loaded = await Store.PaymentAlerts.FindAsync(alert.Id, Ct);
        Assert.NotNull(loaded);
        Assert.Equal(PaymentAlertState.Rejected, loaded.State);
        Assert.Equal(5, loaded.Version);
        Assert.Equal(new PaymentAlertProposal("ana", PaymentDecision.Reject, "ultimate creditor is KKBC too", alert.CreatedAt.AddMinutes(10)), loaded.Proposal);
        Assert.Equal(new AlertReview("sue", true, "agreed", alert.CreatedAt.AddMinutes(15)), loaded.Review);

        var events = await Store.PaymentAlerts.EventsAsync(alert.Id, Ct);
        Assert.Equal([PaymentAlertState.Open, PaymentAlertState.Proposed, PaymentAlertState.Open, PaymentAlertState.Proposed, PaymentAlertState.Rejected],
            events.Select(e => e.To));
        Assert.Equal(["api", "ana", "sue", "ana", "sue"], events.Select(e => e.Actor));
        Assert.Null(events[0].From);
    }

    [StoreFact]
    public async Task PaymentAlerts_Events_AreAppendOnly()
    {
        var alert = (await Store.PaymentAlerts.AddAsync([HeldPayment("M7")], "api", null, Ct)).Value[0].Alert;
        Assert.Single(await Store.PaymentAlerts.EventsAsync(alert.Id, Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("UPDATE payment_alert_events SET actor = 'mallory'"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteRawAsync("DELETE FROM payment_alert_events"));
        Assert.Equal("api", (await Store.PaymentAlerts.EventsAsync(alert.Id, Ct))[0].Actor);
    }
}
