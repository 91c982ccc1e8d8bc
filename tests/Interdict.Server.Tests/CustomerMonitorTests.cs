using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Hosting.Customers;
using Interdict.Server.Tests.Support;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

/// <summary>The customers' reverse index catches up with customers stored by other means (another process, another
/// tool): a few go to its overlay, a bulk of them is read by a rebuild instead.</summary>
public sealed class CustomerMonitorTests
{
    [Fact]
    public async Task CatchUp_AFewStoredElsewhere_GoToTheOverlay_ABulkRebuildsTheIndex()
    {
        using var server = new ServerFactory("sqlite", settings: new() { ["Interdict:RefreshSeconds"] = "0" });
        _ = server.CreateClient(); // starts the server
        var monitor = server.Services.GetRequiredService<CustomerMonitor>();
        var store = server.Services.GetRequiredService<ICustomerStore>();
        await monitor.WhenReadyAsync(CancellationToken.None);

        await store.BulkUpsertAsync(Generate("few", 5), CancellationToken.None);
        await monitor.CatchUpAsync(CancellationToken.None);
        Assert.Equal((5, 5), (monitor.Count, monitor.PendingChanges));

        await store.BulkUpsertAsync(Generate("bulk", 12_000), CancellationToken.None);
        await monitor.CatchUpAsync(CancellationToken.None);
        Assert.Equal((12_005, 0), (monitor.Count, monitor.PendingChanges));
    }

    [Fact]
    public async Task CatchUp_WhileARebuildReadsTheStore_WaitsForIt_AndFindsNothingNew()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var server = new ServerFactory("sqlite", settings: new() { ["Interdict:RefreshSeconds"] = "0" }, services: services =>
            services.AddSingleton<ICustomerStore>(sp => new HeldBackCustomerStore(sp.GetRequiredService<IInterdictStore>().Customers, gate.Task, fromRead: 2)));
        _ = server.CreateClient();
        var monitor = server.Services.GetRequiredService<CustomerMonitor>();
        var store = server.Services.GetRequiredService<IInterdictStore>().Customers;
        await monitor.WhenReadyAsync(CancellationToken.None);
        await store.BulkUpsertAsync(Generate("imported", 20), CancellationToken.None);

        var rebuild = monitor.LoadAsync(CancellationToken.None);     // reads every customer: held back
        var catchUp = monitor.CatchUpAsync(CancellationToken.None);
        Assert.NotSame(catchUp, await Task.WhenAny(catchUp, Task.Delay(500)));
        gate.SetResult();
        await Task.WhenAll(rebuild, catchUp);
        // The catch-up read the twenty after the rebuild had them: nothing went to the overlay.
        Assert.Equal((20, 0), (monitor.Count, monitor.PendingChanges));
    }

    [Fact]
    public async Task Owners_AreIndexedAsParties_ReplacedWithTheirCustomer_AndFoundByTheLinksThatNameThem()
    {
        using var server = new ServerFactory("sqlite", settings: new() { ["Interdict:RefreshSeconds"] = "0" });
        _ = server.CreateClient();
        var monitor = server.Services.GetRequiredService<CustomerMonitor>();
        var store = server.Services.GetRequiredService<ICustomerStore>();
        await monitor.WhenReadyAsync(CancellationToken.None);
        var parent = new ListEntry
        {
            Source = "test", Reference = "T-1", Kind = PartyKind.Organization, Names = [new PartyName("CHOLLIMA HOLDINGS GROUP")],
            Links = [new PartyLink(LinkKind.Owns, "Baltic Amber Trading Co., Ltd.", Share: 100)],
        };
        var owned = new Customer("owned", "Northern Lights Shipping", PartyKind.Organization) { Owners = [new Owner("Baltic Amber Trading Company", 60), new Owner("Anna Schmidt", 40)] };

        monitor.Changed(owned);
        Assert.Equal((1, 3), (monitor.Count, monitor.Parties));
        Assert.Equal(["owned"], monitor.OwnedThroughLinks([parent]));

        monitor.Changed(owned with { Owners = [new Owner("Anna Schmidt", 100)] });
        Assert.Equal((1, 2), (monitor.Count, monitor.Parties));
        Assert.Empty(monitor.OwnedThroughLinks([parent]));

        // Stored by another process with only its owners changed: a catch-up sees the change; a rebuild keeps it.
        await store.UpsertAsync(owned, CancellationToken.None);
        Assert.Equal(1, await monitor.CatchUpAsync(CancellationToken.None));
        Assert.Equal((1, 3), (monitor.Count, monitor.Parties));
        Assert.Equal(["owned"], monitor.OwnedThroughLinks([parent]));
        await monitor.LoadAsync(CancellationToken.None);
        Assert.Equal((1, 3, 0), (monitor.Count, monitor.Parties, monitor.PendingChanges));
        Assert.Equal(["owned"], monitor.OwnedThroughLinks([parent]));
    }

    static async IAsyncEnumerable<Customer> Generate(string prefix, int count)
    {
        for (var i = 0; i < count; i++) yield return new Customer($"{prefix}-{i}", $"Person {prefix} {i}", PartyKind.Person);
        await Task.CompletedTask;
    }
}
