using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>Configured limits: batch size and request timeout come from Interdict:Limits.</summary>
public sealed class LimitsApiTests
{
    [Fact]
    public async Task ConfiguredLimits_BatchSizeAndTimeout_AreApplied()
    {
        using var server = new ServerFactory("sqlite", settings: new()
        {
            ["Interdict:Limits:MaxBatchSize"] = "500",
            ["Interdict:Limits:RequestTimeout"] = "00:00:00.001",
        });
        using var client = server.ClientAs(Role.Screener);
        var tooMany = await client.PostAsync("/v1/screen/batch", new { queries = Enumerable.Range(0, 501).Select(i => new { id = $"q{i}", name = "Kim" }) });
        tooMany.Is(HttpStatusCode.BadRequest);
        Assert.Contains("limit of 500", tooMany.Body.Str("detail"));

        // 500 queries cannot be screened in a millisecond: the request is cancelled between queries and answered 503.
        var slow = await client.PostAsync("/v1/screen/batch", new { queries = Enumerable.Range(0, 500).Select(i => new { id = $"q{i}", name = $"Kim Jong Il Choe Ryong Hae {i}" }) });
        slow.Is(HttpStatusCode.ServiceUnavailable);
    }
}
