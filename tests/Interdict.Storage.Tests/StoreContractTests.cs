using System.Collections.Immutable;
using Interdict.Core.Access;
using Interdict.Core.Alerts;
using Interdict.Core.Audit;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Microsoft.Extensions.Time.Testing;

namespace Interdict.Storage.Tests;

/// <summary>The storage contract: every provider runs these same tests against a real database.</summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    protected IInterdictStore Store { get; private set; } = null!;
    static CancellationToken Ct => CancellationToken.None;

    /// <summary>Options pointing at this test's own, empty database (file or schema).</summary>
    protected abstract StorageOptions Options { get; }

    /// <summary>Runs SQL as an attacker with direct database access: drops the append-only triggers first.</summary>
    protected abstract Task AttackAsync(string sql);

    /// <summary>Runs SQL directly (triggers in place).</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    /// <summary>Reads one text value directly.</summary>
    protected abstract Task<string?> QueryTextAsync(string sql);

    protected abstract Task CleanUpAsync();

    public async Task InitializeAsync() => Store = await InterdictStorage.OpenAsync(Options, Clock, Ct);

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await CleanUpAsync();
    }

    static Customer Person(string id, string name) => new(id, name, PartyKind.Person)
    {
        DateOfBirth = new PartialDate(1964, 3),
        Nationality = "KP",
        Identifiers = [new Identifier(IdentifierKind.Registration, "R-" + id)],
    };

    async Task<Alert> RaiseAsync(string customerId, string reference = "KPi.033", double score = 0.9)
    {
        var customer = await Store.Customers.FindAsync(customerId, Ct) ?? (await Store.Customers.UpsertAsync(Person(customerId, "Kim Jong " + customerId), Ct)).Customer;
        var alert = new Alert
        {
            CustomerId = customer.Id,
            CustomerFingerprint = customer.Fingerprint,
            Source = "un",
            EntryReference = reference,
            EntryName = "KIM JONG UN",
            ListVersion = "2026-01-05T10:00:00Z",
            EntryFingerprint = "e1",
            Score = score,
            Explanation = """{"summary":"name match"}""",
        };
        return (await Store.Alerts.AddAsync([alert], "system", Ct))[0];
    }

    [StoreFact]
    public async Task MigrateAsync_Twice_IsIdempotent()
    {
        await Store.MigrateAsync(Ct);
        await Store.MigrateAsync(Ct);
        await using var second = await InterdictStorage.OpenAsync(Options, Clock, Ct);
        Assert.Equal(0, await second.Customers.CountAsync(Ct));
        // Every migration, each recorded once.
        Assert.Equal("5", await QueryTextAsync("SELECT CAST(count(*) AS TEXT) FROM schema_migrations"));
        Assert.Equal("5", await QueryTextAsync("SELECT CAST(count(DISTINCT version) AS TEXT) FROM schema_migrations"));
    }

    [StoreFact]
    public async Task UpsertAsync_NewSameChanged_CreatedUnchangedUpdated()
    {
        var created = await Store.Customers.UpsertAsync(Person("c1", "Kim Il"), Ct);
        Assert.Equal(UpsertOutcome.Created, created.Outcome);
        Assert.Equal(1, created.Customer.Revision);

        Clock.Advance(TimeSpan.FromMinutes(1));
        var same = await Store.Customers.UpsertAsync(Person("c1", "Kim Il"), Ct);
        Assert.Equal(UpsertOutcome.Unchanged, same.Outcome);
        Assert.Equal(1, same.Customer.Revision);
        Assert.Equal(created.Customer.UpdatedAt, same.Customer.UpdatedAt);

        Clock.Advance(TimeSpan.FromMinutes(1));
        var changed = await Store.Customers.UpsertAsync(Person("c1", "Kim Il Sung"), Ct);
        Assert.Equal(UpsertOutcome.Updated, changed.Outcome);
        Assert.Equal(2, changed.Customer.Revision);
        Assert.Equal(created.Customer.CreatedAt, changed.Customer.CreatedAt);

        var found = await Store.Customers.FindAsync("c1", Ct);
        Assert.NotNull(found);
        Assert.Equal("Kim Il Sung", found.Name);
        Assert.Equal(new PartialDate(1964, 3), found.DateOfBirth);
        Assert.Equal("KP", found.Nationality);
        Assert.Equal(new Identifier(IdentifierKind.Registration, "R-c1"), Assert.Single(found.Identifiers));
        Assert.Equal(changed.Customer.Fingerprint, found.Fingerprint);
        Assert.Equal(Clock.GetUtcNow(), found.UpdatedAt);
        Assert.Null(await Store.Customers.FindAsync("nobody", Ct));
    }

    [StoreFact]
    public async Task BulkUpsertAsync_ThenAgainWithChanges_CountsAndStreamsInIdOrder()
    {
        const int count = 5000;
        var first = await Store.Customers.BulkUpsertAsync(Customers(count, changedEvery: 0), Ct);
        Assert.Equal(new BulkUpsertSummary(count, 0, 0), first);

        var second = await Store.Customers.BulkUpsertAsync(Customers(count + 10, changedEvery: 100), Ct);
        // Ids 100, 200 … 4900 existed and changed; 5000 is among the ten new ones.
        Assert.Equal(new BulkUpsertSummary(10, 49, count - 49), second);

        Assert.Equal(count + 10, await Store.Customers.CountAsync(Ct));
        var streamed = new List<Customer>();
        await foreach (var customer in Store.Customers.StreamAllAsync(Ct)) streamed.Add(customer);
        Assert.Equal(count + 10, streamed.Count);
        Assert.Equal(streamed.Select(c => c.Id).Order(StringComparer.Ordinal), streamed.Select(c => c.Id));
        Assert.Equal(2, streamed.Single(c => c.Id == "cust-0000100").Revision);
        Assert.Equal("Changed 100", streamed.Single(c => c.Id == "cust-0000100").Name);

        var page = await Store.Customers.ListAsync(10, 5, Ct);
        Assert.Equal(count + 10, page.Total);
        Assert.Equal(streamed.Skip(10).Take(5).Select(c => c.Id), page.Items.Select(c => c.Id));
        Assert.True(page.HasMore);
    }

    [StoreFact]
    public async Task BulkUpsertAsync_AnIdGivenTwice_IsWrittenOnceAsItsLastRow()
    {
        await Store.Customers.UpsertAsync(Person("old", "Kim Il"), Ct);
        var summary = await Store.Customers.BulkUpsertAsync(Rows(
            Person("new", "First Version"), Person("old", "Kim Il Two"), Person("new", "Last Version"), Person("old", "Kim Il Three")), Ct);

        // One created and one updated, whatever the repeats: the earlier rows of an id count as unchanged.
        Assert.Equal(new BulkUpsertSummary(1, 1, 2), summary);
        var created = (await Store.Customers.FindAsync("new", Ct))!;
        Assert.Equal(("Last Version", 1), (created.Name, created.Revision));
        var updated = (await Store.Customers.FindAsync("old", Ct))!;
        Assert.Equal(("Kim Il Three", 2), (updated.Name, updated.Revision));

        static async IAsyncEnumerable<Customer> Rows(params Customer[] rows)
        {
            foreach (var row in rows) yield return row;
            await Task.CompletedTask;
        }
    }

    [StoreFact]
    public async Task StreamChangedSinceAsync_ReturnsCreatedAndUpdatedFromThatTimeOldestFirst()
    {
        await Store.Customers.UpsertAsync(Person("a", "Kim Chol"), Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var since = Clock.GetUtcNow();
        await Store.Customers.UpsertAsync(Person("b", "Ri Won Ho"), Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.Customers.UpsertAsync(Person("a", "Kim Chol Su"), Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.Customers.UpsertAsync(Person("b", "Ri Won Ho"), Ct); // unchanged: not a change

        var changed = new List<Customer>();
        await foreach (var customer in Store.Customers.StreamChangedSinceAsync(since, Ct)) changed.Add(customer);

        Assert.Equal(["b", "a"], changed.Select(c => c.Id));
        Assert.Equal("Kim Chol Su", changed[1].Name);
        var later = new List<Customer>();
        await foreach (var customer in Store.Customers.StreamChangedSinceAsync(Clock.GetUtcNow(), Ct)) later.Add(customer);
        Assert.Empty(later);
    }

    static async IAsyncEnumerable<Customer> Customers(int count, int changedEvery)
    {
        for (var i = 0; i < count; i++)
        {
            var name = changedEvery > 0 && i % changedEvery == 0 && i > 0 ? $"Changed {i}" : $"Customer {i}";
            yield return new Customer($"cust-{i:D7}", name, i % 2 == 0 ? PartyKind.Person : PartyKind.Organization)
            {
                Country = "KP",
            };
        }
        await Task.CompletedTask;
    }

    [StoreFact]
    public async Task QueryAsync_Filters_PageNewestFirstWithTotal()
    {
        for (var i = 0; i < 12; i++)
        {
            await RaiseAsync($"c{i % 3}", $"KPi.{i:D3}", score: 0.5 + i * 0.04);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var all = await Store.Alerts.QueryAsync(new AlertQuery { Limit = 5 }, Ct);
        Assert.Equal(12, all.Total);
        Assert.Equal(5, all.Items.Count);
        Assert.Equal("KPi.011", all.Items[0].EntryReference);
        Assert.True(all.HasMore);

        var next = await Store.Alerts.QueryAsync(new AlertQuery { Limit = 5, Offset = 10 }, Ct);
        Assert.Equal(["KPi.001", "KPi.000"], next.Items.Select(a => a.EntryReference));
        Assert.False(next.HasMore);

        var customer = await Store.Alerts.QueryAsync(new AlertQuery { CustomerId = "c1" }, Ct);
        Assert.Equal(4, customer.Total);
        Assert.All(customer.Items, a => Assert.Equal("c1", a.CustomerId));

        var scored = await Store.Alerts.QueryAsync(new AlertQuery { MinScore = 0.7, MaxScore = 0.8 }, Ct);
        Assert.All(scored.Items, a => Assert.InRange(a.Score, 0.7, 0.8));
        Assert.Equal(3, scored.Total); // 0.70, 0.74, 0.78

        var start = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var window = await Store.Alerts.QueryAsync(new AlertQuery { CreatedFrom = start.AddMinutes(2), CreatedBefore = start.AddMinutes(4) }, Ct);
        Assert.Equal(["KPi.003", "KPi.002"], window.Items.Select(a => a.EntryReference));

        var first = all.Items[^1];
        var proposed = first.Propose("ana", AlertOutcome.FalsePositive, "different person", Clock.GetUtcNow());
        Assert.NotNull(await Store.Alerts.TryUpdateAsync(proposed.Alert!, proposed.Event!, Ct));
        var byState = await Store.Alerts.QueryAsync(new AlertQuery { State = AlertState.Proposed, Source = "un" }, Ct);
        Assert.Equal(first.Id, Assert.Single(byState.Items).Id);
        Assert.Equal(0, (await Store.Alerts.QueryAsync(new AlertQuery { Source = "ofac" }, Ct)).Total);
    }

    [StoreFact]
    public async Task TryUpdateAsync_FourEyes_SavesStatesEventsAndRefusesStaleVersion()
    {
        var alert = await RaiseAsync("c1");
        Assert.Equal(1, alert.Version);
        Assert.Equal(AlertState.Open, alert.State);

        Clock.Advance(TimeSpan.FromMinutes(5));
        var propose = alert.Propose("ana", AlertOutcome.TrueMatch, "same DOB and passport", Clock.GetUtcNow());
        var proposed = await Store.Alerts.TryUpdateAsync(propose.Alert!, propose.Event!, Ct);
        Assert.NotNull(proposed);
        Assert.Equal(2, proposed.Version);

        // A second analyst acting on the stale copy loses the race.
        var stale = alert.Propose("bob", AlertOutcome.FalsePositive, "no", Clock.GetUtcNow());
        Assert.Null(await Store.Alerts.TryUpdateAsync(stale.Alert!, stale.Event!, Ct));

        var selfConfirm = proposed.Confirm("ana", "looks right", Clock.GetUtcNow());
        Assert.Equal(AlertTransitionError.SameActor, selfConfirm.Error);

        Clock.Advance(TimeSpan.FromMinutes(5));
        var confirm = proposed.Confirm("sue", "agreed", Clock.GetUtcNow());
        var confirmed = await Store.Alerts.TryUpdateAsync(confirm.Alert!, confirm.Event!, Ct);
        Assert.NotNull(confirmed);

        var loaded = await Store.Alerts.FindAsync(alert.Id, Ct);
        Assert.NotNull(loaded);
        Assert.Equal(AlertState.ConfirmedTrueMatch, loaded.State);
        Assert.Equal(3, loaded.Version);
        Assert.Equal(new AlertProposal("ana", AlertOutcome.TrueMatch, "same DOB and passport", alert.CreatedAt.AddMinutes(5)), loaded.Proposal);
        Assert.Equal(new AlertReview("sue", true, "agreed", alert.CreatedAt.AddMinutes(10)), loaded.Review);
        Assert.Equal(alert.Explanation, loaded.Explanation);

        var events = await Store.Alerts.EventsAsync(alert.Id, Ct);
        Assert.Equal([null, AlertState.Open, AlertState.Proposed], events.Select(e => e.From));
        Assert.Equal([AlertState.Open, AlertState.Proposed, AlertState.ConfirmedTrueMatch], events.Select(e => e.To));
        Assert.Equal(["system", "ana", "sue"], events.Select(e => e.Actor));
        Assert.Null(await Store.Alerts.FindAsync(alert.Id + 1000, Ct));
    }

    [StoreFact]
    public async Task StandingAsync_UnderReviewUntilDecided_ThenSuppressedUntilAFingerprintChanges()
    {
        var alert = await RaiseAsync("c1");
        await RaiseAsync("c2");
        var open = await Store.Alerts.StandingAsync(["c1", "c2", "c3"], Ct);
        Assert.True(open.IsUnderReview("c1", "un:KPi.033"));
        Assert.True(open.IsUnderReview("c2", "un:KPi.033"));
        Assert.False(open.IsUnderReview("c3", "un:KPi.033"));
        Assert.False(open.IsSuppressed("c1", alert.EntryKey, alert.CustomerFingerprint, alert.EntryFingerprint));
        Assert.False((await Store.Alerts.StandingAsync(["c3"], Ct)).IsUnderReview("c1", "un:KPi.033")); // only the customers asked about

        var propose = alert.Propose("ana", AlertOutcome.FalsePositive, "born 1990, not 1964", Clock.GetUtcNow());
        var proposed = await Store.Alerts.TryUpdateAsync(propose.Alert!, propose.Event!, Ct);
        Assert.True((await Store.Alerts.StandingAsync(["c1"], Ct)).IsUnderReview("c1", "un:KPi.033")); // proposed: still under review
        var confirm = proposed!.Confirm("sue", "agreed", Clock.GetUtcNow());
        await Store.Alerts.TryUpdateAsync(confirm.Alert!, confirm.Event!, Ct);

        var decided = await Store.Alerts.StandingAsync(["c1"], Ct);
        Assert.False(decided.IsUnderReview("c1", "un:KPi.033"));
        Assert.True(decided.IsSuppressed("c1", "un:KPi.033", alert.CustomerFingerprint, "e1"));
        // The customer changes: the fingerprint differs, the decision no longer covers it.
        var changed = await Store.Customers.UpsertAsync(Person("c1", "Kim Jong Nam"), Ct);
        Assert.False(decided.IsSuppressed("c1", "un:KPi.033", changed.Customer.Fingerprint, "e1"));
        // The entry changes.
        Assert.False(decided.IsSuppressed("c1", "un:KPi.033", alert.CustomerFingerprint, "e2"));
        // Another customer or entry is not covered either.
        Assert.False(decided.IsSuppressed("c2", "un:KPi.033", alert.CustomerFingerprint, "e1"));
        Assert.False(decided.IsSuppressed("c1", "un:KPi.034", alert.CustomerFingerprint, "e1"));
    }

    [StoreFact]
    public async Task FindManyAsync_ThousandsOfIds_ReturnsThoseThatExist()
    {
        await Store.Customers.BulkUpsertAsync(Customers(1_200, changedEvery: 0), Ct);
        var asked = Enumerable.Range(0, 1_300).Select(i => $"cust-{i:D7}").ToArray(); // the last 100 do not exist
        var found = await Store.Customers.FindManyAsync([.. asked, .. asked.Take(10)], Ct);
        Assert.Equal(1_200, found.Count);
        Assert.DoesNotContain(asked[^1], found.Keys);
        var one = (await Store.Customers.FindAsync(asked[777], Ct))!;
        var same = found[asked[777]];
        Assert.Equal((one.Name, one.Kind, one.Country, one.Fingerprint, one.Revision, one.UpdatedAt), (same.Name, same.Kind, same.Country, same.Fingerprint, same.Revision, same.UpdatedAt));
        Assert.Empty(await Store.Customers.FindManyAsync([], Ct));
    }

    [StoreFact]
    public async Task MarkDelistedAsync_UndecidedAlertsOnThoseEntries_MarkedWithEvents()
    {
        var open = await RaiseAsync("c1", "KPi.001");
        var proposedAlert = await RaiseAsync("c2", "KPi.001");
        var other = await RaiseAsync("c1", "KPi.002");
        var decided = await RaiseAsync("c3", "KPi.001");
        var p = proposedAlert.Propose("ana", AlertOutcome.TrueMatch, "x", Clock.GetUtcNow());
        await Store.Alerts.TryUpdateAsync(p.Alert!, p.Event!, Ct);
        var d = decided.Propose("ana", AlertOutcome.FalsePositive, "x", Clock.GetUtcNow());
        var dp = await Store.Alerts.TryUpdateAsync(d.Alert!, d.Event!, Ct);
        var dc = dp!.Confirm("sue", "y", Clock.GetUtcNow());
        await Store.Alerts.TryUpdateAsync(dc.Alert!, dc.Event!, Ct);

        var marked = await Store.Alerts.MarkDelistedAsync(["un:KPi.001", "un:KPi.999"], "2026-01-05T10:00:00Z", "system", Ct);

        Assert.Equal(2, marked);
        Assert.Equal(AlertState.EntryDelisted, (await Store.Alerts.FindAsync(open.Id, Ct))!.State);
        Assert.Equal(AlertState.EntryDelisted, (await Store.Alerts.FindAsync(proposedAlert.Id, Ct))!.State);
        Assert.Equal(AlertState.Open, (await Store.Alerts.FindAsync(other.Id, Ct))!.State);
        Assert.Equal(AlertState.ConfirmedFalsePositive, (await Store.Alerts.FindAsync(decided.Id, Ct))!.State);
        Assert.Equal(AlertState.EntryDelisted, (await Store.Alerts.EventsAsync(open.Id, Ct))[^1].To);
    }
}
