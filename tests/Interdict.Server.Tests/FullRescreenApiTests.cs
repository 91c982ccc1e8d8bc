using System.Net;
using System.Text.Json;
using Interdict.Core.Access;
using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Server.Tests.Support;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

/// <summary><c>POST /v1/customers/rescreen</c> screens every stored customer against the lists in force and raises the
/// alerts screening each one anew would: never twice for a match under review.</summary>
public sealed class FullRescreenApiTests
{
    public static TheoryData<string> Providers => Postgres.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Rescreen_RaisesAlertsForCustomersNeverScreened_AndNoneTwice(string provider)
    {
        using var server = new ServerFactory(provider);
        using var admin = server.ClientAs(Role.Admin);
        var screened = $"api-{Guid.NewGuid():N}";
        var created = await admin.PostAsync("/v1/customers", new { id = screened, name = "Ri Won Ho" });
        created.Is(HttpStatusCode.Created);
        Assert.Single(created.Body.GetProperty("alerts").EnumerateArray());
        // A customer written into the database by another tool (a migration, an ETL job) was never screened.
        var loaded = $"etl-{Guid.NewGuid():N}";
        await server.Services.GetRequiredService<ICustomerStore>().UpsertAsync(new Customer(loaded, "RI WON HO", PartyKind.Person), CancellationToken.None);
        (await admin.PostAsync("/v1/customers", new { id = $"clean-{Guid.NewGuid():N}", name = "Ingrid Lindqvist" })).Is(HttpStatusCode.Created);

        var first = await admin.PostAsync("/v1/customers/rescreen", new { });
        first.Is(HttpStatusCode.OK);
        Assert.True(first.Body.GetProperty("customers_scored").GetInt32() >= 3);
        Assert.True(first.Body.GetProperty("matches").GetInt32() >= 2);
        var raised = Assert.Single(first.Body.GetProperty("alerts_raised").EnumerateArray()).GetInt64();
        var alert = await admin.GetJsonAsync($"/v1/alerts/{raised}");
        Assert.Equal(loaded, alert.Body.Str("customer_id"));
        Assert.Equal("full_rescreen", alert.Body.Str("origin"));
        Assert.Equal("KPi.033", alert.Body.Str("ref"));

        var second = await admin.PostAsync("/v1/customers/rescreen", new { });
        second.Is(HttpStatusCode.OK);
        Assert.Empty(second.Body.GetProperty("alerts_raised").EnumerateArray());
        var audit = await admin.GetJsonAsync("/v1/audit?action=customer.rescreen");
        Assert.Equal(2, audit.Body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Scheduled_EveryFewSeconds_RaisesTheAlertsOfCustomersNeverScreened()
    {
        // About every 1.8 s (0.0005 h): the first run is due at start, since the audit trail records none.
        using var server = new ServerFactory("sqlite", settings: new() { ["Interdict:FullRescreenHours"] = "0.0005" });
        using var admin = server.ClientAs(Role.Admin);
        var loaded = $"etl-{Guid.NewGuid():N}";
        await server.Services.GetRequiredService<ICustomerStore>().UpsertAsync(new Customer(loaded, "RI WON HO", PartyKind.Person), CancellationToken.None);

        JsonElement alerts = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            alerts = (await admin.GetJsonAsync($"/v1/alerts?customer_id={loaded}")).Body.GetProperty("alerts");
            if (alerts.GetArrayLength() > 0) break;
            await Task.Delay(200);
        }
        var alert = Assert.Single(alerts.EnumerateArray());
        Assert.Equal("full_rescreen", alert.Str("origin"));
        var runs = await admin.GetJsonAsync("/v1/audit?action=customer.rescreen&actor=system");
        Assert.True(runs.Body.GetProperty("total").GetInt32() >= 1);
    }
}
