using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary><c>/v1/batches</c> in a single process: batch files are screened across a cluster (Interdict.Cluster.Tests
/// runs them on real silos), so each endpoint answers 501 saying what to do instead, after the access check.</summary>
public sealed class BatchesApiTests
{
    [Fact]
    public async Task BatchFiles_InOneProcess_Answer501SayingClusterModeOrTheCli_AfterTheRoleCheck()
    {
        using var server = new ServerFactory("sqlite");
        using var analyst = server.ClientAs(Role.Analyst);
        var posted = await analyst.PostRawAsync("/v1/batches?format=csv", "id,name\n1,Ri Won Ho\n", "text/csv");
        posted.Is(HttpStatusCode.NotImplemented);
        Assert.Contains("interdict serve --cluster", posted.Body.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("interdict screen --input FILE --output FILE", posted.Body.Str("detail"), StringComparison.Ordinal);
        (await analyst.GetJsonAsync("/v1/batches/1")).Is(HttpStatusCode.NotImplemented);
        (await analyst.GetJsonAsync("/v1/batches/1/output")).Is(HttpStatusCode.NotImplemented);
        using var removed = await analyst.DeleteAsync(new Uri("/v1/batches/1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotImplemented, removed.StatusCode);

        using var screener = server.ClientAs(Role.Screener);
        (await screener.PostRawAsync("/v1/batches", "id,name\n1,Ri Won Ho\n", "text/csv")).Is(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task BatchFile_OverTheConfiguredLimit_Is413NamingTheLimit()
    {
        using var server = new ServerFactory("sqlite", settings: new() { ["Interdict:Limits:MaxBatchFileBytes"] = "100" });
        using var analyst = server.ClientAs(Role.Analyst);
        var posted = await analyst.PostRawAsync("/v1/batches", "id,name\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"{i},Ri Won Ho\n")), "text/csv");
        posted.Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most 100", posted.Body.Str("detail"), StringComparison.Ordinal);
    }
}
