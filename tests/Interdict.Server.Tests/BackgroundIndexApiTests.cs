using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

/// <summary>A server builds its customers' reverse-screening index in the background: it screens at once, however
/// many customers it holds, and a list import waits for the index instead of re-screening a half-read customer base.</summary>
public sealed class BackgroundIndexApiTests
{
    public static TheoryData<string> Providers => Postgres.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task WhileTheCustomerIndexIsBuilt_ScreeningAnswers_AndAListImportWaitsForIt(string provider)
    {
        var (added, _) = DeltaRescreeningApiTests.Picks();
        using var first = new ServerFactory(provider, bundledList: false);
        using (var admin = first.ClientAs(Role.Admin))
        {
            (await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018)).Is(HttpStatusCode.OK);
            (await admin.PostAsync("/v1/customers", new { id = "newcomer", name = added.PrimaryName.Full })).Is(HttpStatusCode.Created);
        }

        // A second process on the same database, whose first read of every customer is held back.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var second = first.SharingItsDatabase(services =>
            services.AddSingleton<ICustomerStore>(sp => new HeldBackCustomerStore(sp.GetRequiredService<IInterdictStore>().Customers, gate.Task)));
        using var client = second.ClientAs(Role.Admin);
        var health = await client.GetJsonAsync("/health");
        Assert.Equal("building", health.Body.Str("customer_index"));
        var screened = await client.PostAsync("/v1/screen", new { name = "Ri Won Ho" });
        screened.Is(HttpStatusCode.OK);
        Assert.NotEmpty(screened.Body.GetProperty("matches").EnumerateArray());

        var import = client.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2026);
        Assert.NotSame(import, await Task.WhenAny(import, Task.Delay(TimeSpan.FromSeconds(1))));
        gate.SetResult();
        var imported = await import;
        imported.Is(HttpStatusCode.OK);
        Assert.Contains(imported.Body.GetProperty("alerts_raised").EnumerateArray(), a => a.Str("customer_id") == "newcomer" && a.Str("ref") == added.Reference);
        Assert.Equal("ready", (await client.GetJsonAsync("/health")).Body.Str("customer_index"));
    }
}
