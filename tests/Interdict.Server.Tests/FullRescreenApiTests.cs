using System.Net;
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
}
