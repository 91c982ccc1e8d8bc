using System.Text;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;

namespace Interdict.Storage.Tests;

/// <summary>Jobs and follow-ups: a job is held by one process at a time under a lease another process takes over once
/// it runs out; what a write follows up with (its audit record, its job) commits in its transaction or not at all.</summary>
public abstract partial class StoreContractTests
{
    static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    static JobRequest Rescreen(string? owner = null) => new("customer.rescreen", """{"why":"test"}""", "ana") { Owner = owner, Lease = Lease };

    static AuditEntry Note(string subject) => new("ana", AuditActions.ListImport, subject) { Outputs = """{"entries":3}""" };

    static ListVersionFile Version(string label) => new("un", label, DateTimeOffset.Parse(label, System.Globalization.CultureInfo.InvariantCulture),
        "ana", "consolidated.xml", "un-xml", 3, Encoding.UTF8.GetBytes($"<CONSOLIDATED_LIST dateGenerated=\"{label}\"/>"));

    [StoreFact]
    public async Task Jobs_ClaimedByOne_TakenOverOnlyWhenTheLeaseRunsOut_CompletedOnceWithItsRecord()
    {
        var job = await Store.Jobs.EnqueueAsync(Rescreen(), Ct);
        Assert.Equal((JobState.Pending, 0, "{}"), (job.State, job.Attempts, job.Progress));
        Assert.Equal([job.Id], (await Store.Jobs.UnfinishedAsync(Ct)).Select(j => j.Id));

        var first = await Store.Jobs.TryClaimAsync(job.Id, "process-a", Lease, Ct);
        Assert.Equal((JobState.Running, "process-a", 1), (first!.State, first.Owner, first.Attempts));
        Assert.Null(await Store.Jobs.TryClaimAsync(job.Id, "process-b", Lease, Ct));
        Assert.False(await Store.Jobs.ProgressAsync(job.Id, "process-b", """{"step":1}""", Lease, Ct));
        Assert.True(await Store.Jobs.ProgressAsync(job.Id, "process-a", """{"step":1}""", Lease, Ct));

        // Process a dies: its lease runs out, and b takes the job over with the progress a recorded.
        Clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Null(await Store.Jobs.TryClaimAsync(job.Id, "process-b", Lease, Ct));
        Clock.Advance(TimeSpan.FromSeconds(2));
        var taken = await Store.Jobs.TryClaimAsync(job.Id, "process-b", Lease, Ct);
        Assert.Equal(("process-b", 2, """{"step":1}"""), (taken!.Owner, taken.Attempts, taken.Progress));
        Assert.False(await Store.Jobs.ProgressAsync(job.Id, "process-a", """{"step":2}""", Lease, Ct));
        Assert.False(await Store.Jobs.CompleteAsync(job.Id, "process-a", "{}", Note("late"), Ct));

        Assert.True(await Store.Jobs.CompleteAsync(job.Id, "process-b", """{"raised":2}""", Note("done"), Ct));
        Assert.False(await Store.Jobs.CompleteAsync(job.Id, "process-b", """{"raised":2}""", Note("twice"), Ct));
        var done = (await Store.Jobs.FindAsync(job.Id, Ct))!;
        Assert.Equal((JobState.Done, """{"raised":2}""", (string?)null, Clock.GetUtcNow()), (done.State, done.Result, done.Owner, done.FinishedAt));
        Assert.True(done.IsFinished);
        Assert.Empty(await Store.Jobs.UnfinishedAsync(Ct));
        Assert.Null(await Store.Jobs.TryClaimAsync(job.Id, "process-c", Lease, Ct));
        // The completion's record only, once: not the late owner's, not the repeated completion's.
        var records = await Store.Audit.QueryAsync(new AuditQuery(), Ct);
        Assert.Equal(["done"], records.Items.Select(r => r.Subject));
        Assert.Null(await Store.Jobs.FindAsync(job.Id + 99, Ct));
    }

    [StoreFact]
    public async Task Jobs_RecordedAsOwned_RunningAtOnce_AndAFailedOneIsNotTakenAgain()
    {
        var owned = await Store.Jobs.EnqueueAsync(Rescreen(owner: "process-a"), Ct);
        Assert.Equal((JobState.Running, "process-a", 1, Clock.GetUtcNow() + Lease), (owned.State, owned.Owner, owned.Attempts, owned.LeaseUntil));
        Assert.Null(await Store.Jobs.TryClaimAsync(owned.Id, "process-b", Lease, Ct));

        Assert.False(await Store.Jobs.FailAsync(owned.Id, "process-b", "not mine", Ct));
        Assert.True(await Store.Jobs.FailAsync(owned.Id, "process-a", "the version is gone", Ct));
        var failed = (await Store.Jobs.FindAsync(owned.Id, Ct))!;
        Assert.Equal((JobState.Failed, "the version is gone"), (failed.State, failed.Error));
        Clock.Advance(Lease * 2);
        Assert.Null(await Store.Jobs.TryClaimAsync(owned.Id, "process-b", Lease, Ct));
        Assert.Empty(await Store.Jobs.UnfinishedAsync(Ct));
    }

    [StoreFact]
    public async Task ListVersionSave_WithFollowUp_CommitsRecordAndJobWithTheVersion_OnlyWhenNew()
    {
        var saved = await Store.Lists.SaveAsync(Version("2026-01-05T10:00:00Z"), v => new FollowUp(Note(v.Label),
            new JobRequest("list.update", $$"""{"version":{{v.Id}}}""", "ana") { Owner = "process-a" }), Ct);
        Assert.True(saved.Value.Created);
        Assert.Equal((1L, "2026-01-05T10:00:00Z"), (saved.Audit!.Sequence, saved.Audit.Subject));
        Assert.Equal($$"""{"version":{{saved.Value.Version.Id}}}""", (await Store.Jobs.FindAsync(saved.Job!.Id, Ct))!.Input);

        var again = await Store.Lists.SaveAsync(Version("2026-01-05T10:00:00Z"), v => new FollowUp(Note("again"), Rescreen()), Ct);
        Assert.False(again.Value.Created);
        Assert.Equal((null, null), (again.Audit, again.Job));
        Assert.Single(await Store.Jobs.UnfinishedAsync(Ct));
        var verification = await Store.Audit.VerifyAsync(Ct);
        Assert.True(verification.IsValid && verification.Checked == 1, verification.Message);
    }

    [StoreFact]
    public async Task FollowUp_ThatFails_LeavesNothingOfItsWrite()
    {
        // A job without a kind is refused inside the transaction: the version it followed is not stored either.
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.Lists.SaveAsync(Version("2026-01-05T10:00:00Z"),
            _ => new FollowUp(Note("x"), new JobRequest(" ", "{}", "ana")), Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.Customers.BulkUpsertAsync(Customers(50, changedEvery: 0),
            _ => new FollowUp(Note("x"), new JobRequest(" ", "{}", "ana")), Ct));

        Assert.Empty(await Store.Lists.ListAsync(null, Ct));
        Assert.Equal(0, await Store.Customers.CountAsync(Ct));
        Assert.Empty(await Store.Jobs.UnfinishedAsync(Ct));
        Assert.Equal(0, (await Store.Audit.VerifyAsync(Ct)).Checked);
    }

    [StoreFact]
    public async Task BulkUpsert_WithFollowUp_RecordsTheCountsAndTheJob_InterleavedWithGroupCommittedAppends()
    {
        var appends = Enumerable.Range(0, 40).Select(i => Store.Audit.AppendAsync(new AuditEntry("bob", AuditActions.Screen, $"q{i}"), Ct)).ToArray();
        var imported = await Store.Customers.BulkUpsertAsync(Customers(2_000, changedEvery: 0), summary => new FollowUp(
            new AuditEntry("ana", AuditActions.CustomerImport, "customers.csv") { Outputs = $$"""{"created":{{summary.Created}}}""" },
            new JobRequest("customer.import", "{}", "ana")), Ct);
        await Task.WhenAll(appends);

        Assert.Equal(2_000, imported.Value.Created);
        Assert.Equal("""{"created":2000}""", imported.Audit!.Outputs);
        Assert.Equal(JobState.Pending, (await Store.Jobs.FindAsync(imported.Job!.Id, Ct))!.State);
        var verification = await Store.Audit.VerifyAsync(Ct);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(41, verification.Checked);
    }

    [StoreFact]
    public async Task AlertsWithFollowUp_RecordedWithTheAlerts_AndDelistingTwiceRecordsOnce()
    {
        var open = await RaiseAsync("c1", "KPi.001");
        var customer = (await Store.Customers.FindAsync("c1", Ct))!;
        var more = await Store.Alerts.AddAsync([open with { Id = 0, EntryReference = "KPi.002", State = AlertState.Open }], "system",
            stored => new FollowUp(new AuditEntry("system", AuditActions.AlertRaise, $"{stored.Count} alerts") { Outputs = $"[{stored[0].Id}]" }, null), Ct);
        Assert.Equal($"[{more.Value[0].Id}]", more.Audit!.Outputs);
        Assert.Equal(customer.Id, more.Value[0].CustomerId);

        FollowUp Delisted(int marked) => new(new AuditEntry("system", AuditActions.AlertDelisted, "2026") { Outputs = $"{marked}" }, null);
        var first = await Store.Alerts.MarkDelistedAsync(["un:KPi.001", "un:KPi.002"], "2026", "system", Delisted, Ct);
        var second = await Store.Alerts.MarkDelistedAsync(["un:KPi.001", "un:KPi.002"], "2026", "system", Delisted, Ct);

        Assert.Equal((2, "2"), (first.Value, first.Audit!.Outputs));
        Assert.Equal((0, (AuditRecord?)null), (second.Value, second.Audit));
        var actions = (await Store.Audit.QueryAsync(new AuditQuery(), Ct)).Items.Select(r => r.Action);
        Assert.Equal([AuditActions.AlertRaise, AuditActions.AlertDelisted], actions);
    }
}
