using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary><c>GET /v1/lists/{source}/export?format=ftm</c>: a loaded list as FollowTheMoney JSON lines, which the
/// importer reads back as an OpenSanctions list with the same entries. A server of its own: the list imported back
/// would change other tests' hits.</summary>
public sealed class ListExportApiTests
{
    [Fact]
    public async Task Export_UnAsFtm_StreamsJsonLines_ThatImportBackWithTheSameEntries()
    {
        using var server = new ServerFactory("sqlite");
        using var admin = server.ClientAs(Role.Admin);
        using var screener = server.ClientAs(Role.Screener);

        using var response = await screener.GetAsync("/v1/lists/un/export?format=ftm");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("{\"id\":\"un-KPi.033\",\"caption\":\"RI WON HO\",\"schema\":\"Person\"", StringComparison.Ordinal));
        var lists = await screener.GetJsonAsync("/v1/lists");
        var un = lists.Body.GetProperty("lists").EnumerateArray().Single(l => l.Str("source") == "un");
        var entries = un.GetProperty("versions")[0].GetProperty("entries").GetInt32();
        Assert.Equal(entries, lines.Count(l => l.Contains("\"target\":true", StringComparison.Ordinal)));

        var file = Path.Combine(server.DataDirectory, "un.ftm.json");
        await File.WriteAllTextAsync(file, text);
        var imported = await admin.UploadAsync("/v1/lists/import?date=2026-03-01", file);
        imported.Is(HttpStatusCode.OK);
        Assert.Equal("opensanctions", imported.Body.Str("source"));
        Assert.Equal(entries, imported.Body.GetProperty("entries").GetInt32());
        var ri = await screener.GetJsonAsync("/v1/lists/opensanctions/entries/un-KPi.033");
        ri.Is(HttpStatusCode.OK);
        Assert.Equal("RI WON HO", ri.Body.GetProperty("entry").GetProperty("names")[0].Str("full"));

        (await screener.GetJsonAsync("/v1/lists/un/export?format=csv")).Is(HttpStatusCode.BadRequest);
        (await screener.GetJsonAsync("/v1/lists/eu/export?format=ftm")).Is(HttpStatusCode.NotFound);
        (await screener.GetJsonAsync("/v1/lists/un/export?format=ftm&version=1999-01-01T00:00:00Z")).Is(HttpStatusCode.NotFound);
    }
}
