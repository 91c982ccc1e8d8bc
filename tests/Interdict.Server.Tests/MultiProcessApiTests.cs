using System.Net;
using Interdict.Core.Access;
using Interdict.Hosting;
using Interdict.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

/// <summary>Two servers of one deployment on one database, as several processes run behind a load balancer.</summary>
public sealed class MultiProcessApiTests
{
    public static TheoryData<string> Providers => Postgres.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task ListImportedThroughOneServer_IsServedByTheOtherAfterItsRefresh(string provider)
    {
        using var first = new ServerFactory(provider, bundledList: false);
        using var second = first.SharingItsDatabase();
        using var admin = first.ClientAs(Role.Admin);
        using var screener = second.ClientAs(Role.Screener);
        Assert.Equal(0, await UnVersionsAsync(screener));

        (await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018)).Is(HttpStatusCode.OK);
        Assert.Equal(0, await UnVersionsAsync(screener));
        var refresher = second.Services.GetRequiredService<SharedStateRefresher>();
        var (added, _) = await refresher.RefreshAsync(CancellationToken.None);

        Assert.Equal(1, added);
        Assert.Equal(1, await UnVersionsAsync(screener));
        var screened = await screener.PostAsync("/v1/screen", new { name = "Ri Won Ho", type = "person" });
        screened.Is(HttpStatusCode.OK);
        var match = screened.Body.GetProperty("matches").EnumerateArray().First();
        Assert.Equal("KPi.033", match.Str("ref"));
        Assert.Equal(0, (await refresher.RefreshAsync(CancellationToken.None)).ListVersions);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CustomerCreatedThroughOneServer_IsReScreenedByAListImportThroughTheOther(string provider)
    {
        using var first = new ServerFactory(provider, bundledList: false);
        using var second = first.SharingItsDatabase();
        using var analyst = second.ClientAs(Role.Analyst);
        (await analyst.GetJsonAsync("/v1/alerts")).Is(HttpStatusCode.OK); // the second server has started
        using var onboarding = first.ClientAs(Role.Analyst);
        (await onboarding.PostAsync("/v1/customers", new { id = "c-1", name = "Ri Won Ho", type = "person" })).Is(HttpStatusCode.Created);

        using var admin = second.ClientAs(Role.Admin);
        var import = await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018);

        import.Is(HttpStatusCode.OK);
        var alerts = await analyst.GetJsonAsync("/v1/alerts?customer_id=c-1");
        var alert = Assert.Single(alerts.Body.GetProperty("alerts").EnumerateArray());
        Assert.Equal("KPi.033", alert.Str("ref"));
        Assert.Equal("list_update", alert.Str("origin"));
    }

    static async Task<int> UnVersionsAsync(HttpClient client)
    {
        var lists = await client.GetJsonAsync("/v1/lists");
        lists.Is(HttpStatusCode.OK);
        return lists.Body.GetProperty("lists").EnumerateArray().Where(l => l.Str("source") == "un").Sum(l => l.GetProperty("versions").GetArrayLength());
    }
}
