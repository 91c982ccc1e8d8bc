using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary><c>POST /v1/screen/text</c>: every listed name inside a text, with its span; audited; bad fields named.</summary>
[Collection(ServersGroup.Name)]
public sealed class ScreenTextApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task ScreenText_NamesInText_ReturnsEachWithItsSpan(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        const string text = "Получатель: Ri Won-ho / payment via KOTI CORP, Pyongyang";
        var response = await client.PostAsync("/v1/screen/text", new { text, lists = new[] { "un" } });
        response.Is(HttpStatusCode.OK);
        var matches = response.Body.GetProperty("matches");
        Assert.Equal(2, matches.GetArrayLength());
        var person = matches[0];
        Assert.Equal("KPi.033", person.Str("ref"));
        Assert.Equal(text.IndexOf("Ri Won-ho", StringComparison.Ordinal), person.GetProperty("start").GetInt32());
        Assert.Equal("Ri Won-ho".Length, person.GetProperty("length").GetInt32());
        Assert.Equal("Ri Won-ho", person.Str("matched_text"));
        Assert.Equal("ri won ho", person.GetProperty("explanation").Str("name_words"));
        Assert.Equal("KOTI CORP", matches[1].Str("matched_text"));
        Assert.StartsWith("un ", response.Body.GetProperty("list_versions")[0].GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScreenText_InnocentText_NoMatches(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostAsync("/v1/screen/text", new { text = "INV 2023-114 PAYMENT FOR STEEL COILS PER CONTRACT 88/21" });
        response.Is(HttpStatusCode.OK);
        Assert.Equal(0, response.Body.GetProperty("matches").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScreenText_IsAudited(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Supervisor);
        var text = $"probe {Guid.NewGuid():N} paid Ri Won Ho";
        (await client.PostAsync("/v1/screen/text", new { text })).Is(HttpStatusCode.OK);
        var audit = await client.GetJsonAsync("/v1/audit?action=screen.text&limit=50");
        audit.Is(HttpStatusCode.OK);
        var record = audit.Body.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("inputs").Str("text") == text);
        var match = record.GetProperty("outputs").GetProperty("matches")[0];
        Assert.Equal("KPi.033", match.Str("ref"));
        Assert.Equal(text.IndexOf("Ri Won Ho", StringComparison.Ordinal), match.GetProperty("start").GetInt32());
        Assert.NotEmpty(record.GetProperty("list_versions").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScreenText_InvalidValues_AreListedPerField(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostAsync("/v1/screen/text", new { text = " ", min_score = 1.5, lists = new[] { "eu" }, as_of = "yesterday" });
        response.Is(HttpStatusCode.BadRequest);
        var errors = response.Body.GetProperty("errors");
        foreach (var field in new[] { "text", "min_score", "lists", "as_of" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.False(errors.TryGetProperty("name", out _));
    }
}
