using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

[Collection(ServersGroup.Name)]
public sealed class ChecksAndRegimeApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    static string CoalCheck(string id, string date) => $$$"""
        {"id": "{{{id}}}", "date": "{{{date}}}", "scenario": "in_force", "activity": "trade", "direction": "from_dprk", "destination": "CN",
         "goods": [{"hs": "2701.11", "description": "anthracite coal", "quantity": 50000, "unit": "t", "origin": "KP"}],
         "parties": [{"name": "Chinese importer", "role": "buyer", "country": "CN", "type": "company"}], "facts": {}}
        """;

    [Theory, MemberData(nameof(Providers))]
    public async Task Check_CoalBeforeAndAfterTheBan_DiffersAndIsAudited(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Supervisor);
        var before = await client.PostRawAsync("/v1/check", CoalCheck("coal-2016", "2016-01-15"));
        before.Is(HttpStatusCode.OK);
        Assert.Equal("permitted", before.Body.Str("decision"));
        var after = await client.PostRawAsync("/v1/check", CoalCheck("coal-2017-09", "2017-09-01"));
        after.Is(HttpStatusCode.OK);
        Assert.Equal("prohibited", after.Body.Str("decision"));
        Assert.NotEmpty(after.Body.GetProperty("basis").EnumerateArray());
        var audit = await client.GetJsonAsync("/v1/audit?action=check&subject=coal-2017-09");
        var record = audit.Body.GetProperty("records")[0];
        Assert.StartsWith("un-dprk@sha256:", record.Str("rulebook_version"));
        Assert.Equal("prohibited", record.GetProperty("outputs").Str("decision"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Check_MissingDate_NamesTheProblem(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostRawAsync("/v1/check", CoalCheck("x", "2016-01-15").Replace("\"date\": \"2016-01-15\",", "", StringComparison.Ordinal));
        response.Is(HttpStatusCode.BadRequest);
        Assert.StartsWith("check:", response.Body.Str("detail"));
        Assert.Contains("date", response.Body.Str("detail"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CheckBatch_AnswersInOrder_AndRefusesBadChecksByIndex(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var good = await client.PostRawAsync("/v1/check/batch", $$"""{"checks": [{{CoalCheck("a", "2016-01-15")}}, {{CoalCheck("b", "2017-09-01")}}]}""");
        good.Is(HttpStatusCode.OK);
        Assert.Equal(["a", "b"], good.Body.GetProperty("answers").EnumerateArray().Select(a => a.Str("id")));
        var bad = await client.PostRawAsync("/v1/check/batch", $$"""{"checks": [{{CoalCheck("a", "2016-01-15")}}, {"id": "b"}]}""");
        bad.Is(HttpStatusCode.BadRequest);
        Assert.True(bad.Body.GetProperty("errors").TryGetProperty("checks[1]", out _));
        var none = await client.PostRawAsync("/v1/check/batch", """{"checks": []}""");
        none.Is(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Regime_TimelineMeasureScenario(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var timeline = await client.GetJsonAsync("/v1/regime/timeline");
        timeline.Is(HttpStatusCode.OK);
        Assert.True(timeline.Body.GetProperty("events").GetArrayLength() > 50);
        Assert.Equal("2006-10-14", timeline.Body.GetProperty("events")[0].Str("date"));

        var measure = await client.GetJsonAsync("/v1/regime/measures/M-2321-26");
        measure.Is(HttpStatusCode.OK);
        Assert.Contains(measure.Body.GetProperty("rows").EnumerateArray(), r => r.Str("label") == "basis");

        var scenario = await client.GetJsonAsync("/v1/regime/scenarios/P-2019-RU-CN?as_of=2020-01-01");
        scenario.Is(HttpStatusCode.OK);
        Assert.NotEmpty(scenario.Body.GetProperty("entries").EnumerateArray());

        (await client.GetJsonAsync("/v1/regime/measures/M-NOPE")).Is(HttpStatusCode.NotFound);
        (await client.GetJsonAsync("/v1/regime/scenarios/P-NOPE")).Is(HttpStatusCode.NotFound);
        (await client.GetJsonAsync("/v1/regime/scenarios/P-2019-RU-CN?as_of=2020-13-01")).Is(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ServiceEndpoints_HealthOpenApiAndReferenceAreAnonymous(string provider)
    {
        using var client = servers.For(provider).CreateClient();
        (await client.GetJsonAsync("/health")).Is(HttpStatusCode.OK);
        var openApi = await client.GetJsonAsync("/openapi/v1.json");
        openApi.Is(HttpStatusCode.OK);
        Assert.True(openApi.Body.GetProperty("paths").TryGetProperty("/v1/screen", out _));
        var reference = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
