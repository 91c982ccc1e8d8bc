using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

[Collection(ServersGroup.Name)]
public sealed class ListsApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Lists_ShowTheBundledVersion(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.GetJsonAsync("/v1/lists");
        response.Is(HttpStatusCode.OK);
        var un = response.Body.GetProperty("lists").EnumerateArray().Single(l => l.Str("source") == "un");
        Assert.Contains(un.GetProperty("versions").EnumerateArray(), v => v.GetProperty("bundled").GetBoolean() && v.GetProperty("entries").GetInt32() > 900);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_OlderVersion_IsStoredAndDiffable(string provider)
    {
        using var admin = servers.For(provider).ClientAs(Role.Admin);
        var import = await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018);
        import.Is(HttpStatusCode.OK);
        Assert.Equal("un", import.Body.Str("source"));
        Assert.StartsWith("2018-10-29", import.Body.Str("version"));
        Assert.False(import.Body.GetProperty("newest").GetBoolean());

        var again = await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018);
        again.Is(HttpStatusCode.OK);
        Assert.True(again.Body.GetProperty("already_loaded").GetBoolean());

        var diff = await admin.GetJsonAsync("/v1/lists/un/diff");
        diff.Is(HttpStatusCode.OK);
        Assert.Equal(111, diff.Body.GetProperty("counts").GetProperty("added").GetInt32());
        Assert.Equal(201, diff.Body.GetProperty("counts").GetProperty("removed").GetInt32());
        Assert.Equal(652, diff.Body.GetProperty("counts").GetProperty("changed").GetInt32());

        var entry = await admin.GetJsonAsync("/v1/lists/un/entries/KPi.033");
        entry.Is(HttpStatusCode.OK);
        Assert.Equal("RI WON HO", entry.Body.GetProperty("entry").GetProperty("names")[0].Str("full"));
        Assert.Equal(2, entry.Body.GetProperty("history").GetArrayLength());
        Assert.Equal("listed", entry.Body.GetProperty("history")[0].Str("status"));
        Assert.Contains(entry.Body.GetProperty("history")[1].Str("status"), new[] { "changed", "unchanged" });
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_TruncatedFile_IsRefusedNamingThePlace_AndNothingChanges(string provider)
    {
        using var admin = servers.For(provider).ClientAs(Role.Admin);
        var before = await admin.GetJsonAsync("/v1/lists");
        var text = await File.ReadAllTextAsync(RepositoryPaths.UnList2026);
        var truncated = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(truncated, text[..(text.Length / 2)]);
        try
        {
            var response = await admin.UploadAsync("/v1/lists/import", truncated);
            response.Is(HttpStatusCode.BadRequest);
            Assert.True(response.Body.GetProperty("line").GetInt32() > 0, response.Body.ToString());
            Assert.Contains("nothing was imported", response.Body.Str("title"));
        }
        finally
        {
            File.Delete(truncated);
        }
        var after = await admin.GetJsonAsync("/v1/lists");
        Assert.Equal(before.Body.GetProperty("lists").ToString(), after.Body.GetProperty("lists").ToString());
    }

    [Fact]
    public async Task Serve_AlsoServesVersionsAnOlderCliStoredInTheDataFolder()
    {
        using var server = new ServerFactory("sqlite", bundledList: false);
        // What `interdict lists import` wrote before it stored versions in the database: DATA/imported/SOURCE/LABEL/.
        var un = Directory.CreateDirectory(Path.Combine(server.DataDirectory, "imported", "un", "2018-10-29T00-00-00Z"));
        File.Copy(RepositoryPaths.UnList2018, Path.Combine(un.FullName, "consolidated.xml"));
        var ofac = Directory.CreateDirectory(Path.Combine(server.DataDirectory, "imported", "ofac", "2021-06-01T00-00-00Z"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.OfacFolder)) File.Copy(file, Path.Combine(ofac.FullName, Path.GetFileName(file)));
        using var client = server.ClientAs(Role.Screener);
        var lists = await client.GetJsonAsync("/v1/lists");
        lists.Is(HttpStatusCode.OK);
        string Label(string source) => lists.Body.GetProperty("lists").EnumerateArray().Single(l => l.Str("source") == source)
            .GetProperty("versions").EnumerateArray().Single().Str("label");
        Assert.StartsWith("2018-10-29", Label("un"));
        Assert.Equal("2021-06-01T00:00:00Z", Label("ofac")); // dated by its folder, not by the files' modification time
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_NoFile_Is400(string provider)
    {
        using var admin = servers.For(provider).ClientAs(Role.Admin);
        var response = await admin.PostRawAsync("/v1/lists/import", "", "application/xml");
        response.Is(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Entry_AndDiff_UnknownThings_Are404(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        (await client.GetJsonAsync("/v1/lists/un/entries/XXi.999")).Is(HttpStatusCode.NotFound);
        (await client.GetJsonAsync("/v1/lists/eu/entries/KPi.033")).Is(HttpStatusCode.NotFound);
        (await client.GetJsonAsync("/v1/lists/un/diff?from=1999-01-01T00:00:00Z")).Is(HttpStatusCode.NotFound);
        (await client.GetJsonAsync("/v1/lists/eu/diff")).Is(HttpStatusCode.NotFound);
    }
}
