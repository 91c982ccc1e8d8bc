using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

[Collection(ServersGroup.Name)]
public sealed class ScreeningApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_ListedName_ReturnsMatchInCliShape(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostAsync("/v1/screen", new { name = "Ri Won-ho", type = "person" });
        response.Is(HttpStatusCode.OK);
        var match = response.Body.GetProperty("matches")[0];
        Assert.Equal("un", match.Str("list"));
        Assert.Equal("KPi.033", match.Str("ref"));
        Assert.Equal("RI WON HO", match.Str("name"));
        Assert.True(match.GetProperty("score").GetDouble() >= 0.95);
        Assert.Equal("RI WON HO", match.GetProperty("explanation").Str("matched_name"));
        Assert.StartsWith("un ", response.Body.GetProperty("list_versions")[0].GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_IsAudited(string provider)
    {
        var server = servers.For(provider);
        var name = $"Audit Probe {Guid.NewGuid():N}";
        using var client = server.ClientAs(Role.Supervisor);
        (await client.PostAsync("/v1/screen", new { name })).Is(HttpStatusCode.OK);
        var audit = await client.GetJsonAsync($"/v1/audit?action=screen&subject={Uri.EscapeDataString(name)}");
        audit.Is(HttpStatusCode.OK);
        var record = audit.Body.GetProperty("records")[0];
        Assert.Equal(name, record.GetProperty("inputs").Str("name"));
        Assert.Equal(0, record.GetProperty("outputs").GetProperty("matches").GetArrayLength());
        Assert.NotEmpty(record.GetProperty("list_versions").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_WrongType_NamesTheField(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostRawAsync("/v1/screen", """{"name": "Ri Won Ho", "threshold": "high"}""");
        response.Is(HttpStatusCode.BadRequest);
        Assert.StartsWith("threshold:", response.Body.Str("detail"));
        Assert.True(response.Body.GetProperty("errors").TryGetProperty("threshold", out _));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_MisspeltField_IsRefusedByName(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostRawAsync("/v1/screen", """{"name": "Ri Won Ho", "date_of_birth": "1964"}""");
        response.Is(HttpStatusCode.BadRequest);
        Assert.StartsWith("date_of_birth:", response.Body.Str("detail"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_MalformedJson_Is400ProblemDetails(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostRawAsync("/v1/screen", """{"name": "Ri Won Ho",""");
        response.Is(HttpStatusCode.BadRequest);
        Assert.Equal(400, response.Body.GetProperty("status").GetInt32());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_InvalidValues_AreListedPerField(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostAsync("/v1/screen", new { name = " ", type = "planet", dob = "1964-13", threshold = 1.5, lists = new[] { "eu" }, as_of = "yesterday" });
        response.Is(HttpStatusCode.BadRequest);
        var errors = response.Body.GetProperty("errors");
        foreach (var field in new[] { "name", "type", "dob", "threshold", "lists", "as_of" }) Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_OversizeBody_Is413(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostRawAsync("/v1/screen", $$"""{"name": "{{new string('a', 2 * 1024 * 1024)}}"}""");
        response.Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(413, response.Body.GetProperty("status").GetInt32());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScreenBatch_ReturnsOneResultPerQueryInOrder(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostAsync("/v1/screen/batch", new
        {
            queries = new object[]
            {
                new { id = "a", name = "Ri Won Ho" },
                new { id = "b", name = "Jane Quiet Nobody" },
                new { id = "c", name = "KIM JONG UN", type = "person", threshold = 0.9 },
            },
        });
        response.Is(HttpStatusCode.OK);
        var results = response.Body.GetProperty("results");
        Assert.Equal(["a", "b", "c"], results.EnumerateArray().Select(r => r.Str("id")));
        Assert.Equal("KPi.033", results[0].GetProperty("matches")[0].Str("ref"));
        Assert.Equal(0, results[1].GetProperty("matches").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScreenBatch_OverTheLimit_Is400(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var queries = Enumerable.Range(0, 1001).Select(i => new { id = $"q{i}", name = "Ri Won Ho" }).ToArray();
        var response = await client.PostAsync("/v1/screen/batch", new { queries });
        response.Is(HttpStatusCode.BadRequest);
        Assert.Contains("limit of 1000", response.Body.Str("detail"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScreenBatch_BadQueries_AreNamedByIndex(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostAsync("/v1/screen/batch", new { queries = new object[] { new { id = "a", name = "x" }, new { id = "a", name = "" } } });
        response.Is(HttpStatusCode.BadRequest);
        var errors = response.Body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("queries[1].id", out _));
        Assert.True(errors.TryGetProperty("queries[1].name", out _));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Metrics_CountScreenings_AndShowTheCustomerIndex(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Admin);
        (await client.PostAsync("/v1/screen", new { name = "Ri Won Ho" })).Is(HttpStatusCode.OK);
        for (var i = 0; i < 100 && (await client.GetJsonAsync("/health")).Body.Str("customer_index") != "ready"; i++) await Task.Delay(100);
        var text = await client.GetStringAsync("/metrics");
        Assert.Contains("interdict_screenings_total", text);
        Assert.Contains("interdict_screening_duration_seconds_bucket", text);
        Assert.Contains("interdict_customer_index_ready 1", text);
        Assert.Contains("interdict_customer_index_customers", text);
    }
}
