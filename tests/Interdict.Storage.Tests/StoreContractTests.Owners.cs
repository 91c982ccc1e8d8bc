using Interdict.Core.Customers;
using Interdict.Core.Lists;

namespace Interdict.Storage.Tests;

/// <summary>The contract for customers' owners: kept field by field by both ways of writing, a change of owners is a
/// change of the customer.</summary>
public abstract partial class StoreContractTests
{
    static Customer Owned(string id, params Owner[] owners) => new(id, "Sinhung Trading", PartyKind.Organization) { Owners = [.. owners] };

    static readonly Owner Komid = new("KOREA MINING DEVELOPMENT TRADING CORPORATION", 60m) { Identifiers = [new Identifier(IdentifierKind.SwiftBic, "KMDTKPPY")] };
    static readonly Owner Controller = new("Kim Chol");

    [StoreFact]
    public async Task UpsertAsync_Owners_AreStoredWithTheirSharesAndIdentifiers()
    {
        var created = await Store.Customers.UpsertAsync(Owned("o1", Komid, Controller, new Owner("Minority Ltd", 12.5m)), Ct);

        var found = (await Store.Customers.FindAsync("o1", Ct))!;
        Assert.Equal(3, found.Owners.Length);
        Assert.Equal(("KOREA MINING DEVELOPMENT TRADING CORPORATION", (decimal?)60m), (found.Owners[0].Name, found.Owners[0].Share));
        Assert.Equal([new Identifier(IdentifierKind.SwiftBic, "KMDTKPPY")], found.Owners[0].Identifiers.AsEnumerable());
        Assert.Equal(("Kim Chol", (decimal?)null), (found.Owners[1].Name, found.Owners[1].Share));
        Assert.Empty(found.Owners[1].Identifiers);
        Assert.Equal(12.5m, found.Owners[2].Share);
        Assert.Equal(created.Customer.Fingerprint, found.Fingerprint);
    }

    [StoreFact]
    public async Task UpsertAsync_AChangeOfOwnersOnly_IsAChange()
    {
        await Store.Customers.UpsertAsync(Owned("o2", Komid), Ct);

        var same = await Store.Customers.UpsertAsync(Owned("o2", new Owner(Komid.Name, 60.0m) { Identifiers = Komid.Identifiers }), Ct);
        var share = await Store.Customers.UpsertAsync(Owned("o2", new Owner(Komid.Name, 51m) { Identifiers = Komid.Identifiers }), Ct);
        var afterShare = (await Store.Customers.FindAsync("o2", Ct))!;
        var none = await Store.Customers.UpsertAsync(Owned("o2"), Ct);

        Assert.Equal(UpsertOutcome.Unchanged, same.Outcome);
        Assert.Equal((UpsertOutcome.Updated, 2), (share.Outcome, share.Customer.Revision));
        Assert.Equal([51m], afterShare.Owners.Select(o => o.Share));
        Assert.Equal(UpsertOutcome.Updated, none.Outcome);
        Assert.Empty((await Store.Customers.FindAsync("o2", Ct))!.Owners);
    }

    [StoreFact]
    public async Task BulkUpsertAsync_Owners_AreStoredAndStreamed()
    {
        var summary = await Store.Customers.BulkUpsertAsync(Rows(Owned("b1", Komid), Owned("b2"), Owned("b3", Controller)), Ct);
        var again = await Store.Customers.BulkUpsertAsync(Rows(Owned("b1", Komid), Owned("b2", Controller), Owned("b3", Controller)), Ct);

        Assert.Equal(new BulkUpsertSummary(3, 0, 0), summary);
        Assert.Equal(new BulkUpsertSummary(0, 1, 2), again);
        var streamed = new List<Customer>();
        await foreach (var customer in Store.Customers.StreamAllAsync(Ct)) streamed.Add(customer);
        Assert.Equal([Komid.Name], streamed[0].Owners.Select(o => o.Name));
        Assert.Equal(Komid.Identifiers.AsEnumerable(), streamed[0].Owners[0].Identifiers.AsEnumerable());
        Assert.Equal([Controller.Name], streamed[1].Owners.Select(o => o.Name));
        Assert.Null(streamed[2].Owners[0].Share);

        static async IAsyncEnumerable<Customer> Rows(params Customer[] rows)
        {
            foreach (var row in rows) yield return row;
            await Task.CompletedTask;
        }
    }

    [StoreFact]
    public async Task ARowWrittenWithoutTheOwnersColumn_AsBeforeMigration5_ReadsAsNoOwners()
    {
        // What a process of the previous version writes: every column but owners (the migration's default fills it).
        await ExecuteRawAsync("""
            INSERT INTO customers (id, name, kind, date_of_birth, nationality, country, identifiers, fingerprint, revision, created_at, updated_at)
            VALUES ('old-1', 'Kim Il', 'Person', NULL, NULL, 'KP', '[]', 'fde94097a9e7be37409f6500ebf0ba8d4dd6be3f65268698be9fa8f0f7e66477', 1, 0, 0)
            """);

        var found = (await Store.Customers.FindAsync("old-1", Ct))!;
        Assert.Empty(found.Owners);
        // Its fingerprint is the one stored: an upsert of the same customer is no change.
        var again = await Store.Customers.UpsertAsync(new Customer("old-1", "Kim Il", PartyKind.Person) { Country = "KP" }, Ct);
        Assert.Equal(UpsertOutcome.Unchanged, again.Outcome);
    }
}
