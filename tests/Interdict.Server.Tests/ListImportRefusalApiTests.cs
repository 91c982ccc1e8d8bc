using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Interdict.Server.Tests;

/// <summary>Junk uploaded to <c>POST /v1/lists/import</c> is refused with a problem detail (400, or 409 for an
/// unconfirmed shrink), never 500; it changes nothing, closes no alert, and is audited as refused. A version dated in
/// the future is stored but not served until its date; an <c>as_of</c> before a list's first version says so.</summary>
[Collection(ServersGroup.Name)]
public sealed class ListImportRefusalApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    /// <summary>The server's clock in the tests that need one: the bundled list (2026-02-27) is in force.</summary>
    static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    static readonly Lazy<string> Un2026 = new(() => File.ReadAllText(RepositoryPaths.UnList2026));
    static readonly Lazy<byte[]> Sdn = new(() => File.ReadAllBytes(Path.Combine(RepositoryPaths.TestData, "data", "ofac", "sdn.csv")));

    public static TheoryData<string> JunkCases => [.. Junk.Keys];

    static readonly Dictionary<string, (string Name, Func<byte[]> Content)> Junk = new()
    {
        ["the issue's empty UN list"] = ("list.xml", () => "<CONSOLIDATED_LIST dateGenerated=\"2026-06-01T00:00:00Z\"/>"u8.ToArray()),
        ["a UN list dated 2030"] = ("list.xml", () => Encoding.UTF8.GetBytes(Regex.Replace(Un2026.Value, "dateGenerated=\"[^\"]*\"", "dateGenerated=\"2030-01-01T00:00:00Z\""))),
        ["a UN list dated 9999-12-31"] = ("list.xml", () => Encoding.UTF8.GetBytes(Regex.Replace(Un2026.Value, "dateGenerated=\"[^\"]*\"", "dateGenerated=\"9999-12-31\""))),
        ["a UN list dated 1999"] = ("list.xml", () => Encoding.UTF8.GetBytes(Regex.Replace(Un2026.Value, "dateGenerated=\"[^\"]*\"", "dateGenerated=\"1999-06-01T00:00:00Z\""))),
        ["a UN list without its closing elements"] = ("list.xml", () => Encoding.UTF8.GetBytes(Un2026.Value[..Un2026.Value.LastIndexOf("</ENTITIES>", StringComparison.Ordinal)])),
        ["50 KB of random bytes named sdn.csv"] = ("sdn.csv", () => RandomBytes(50_000)),
        ["an empty sdn.csv"] = ("sdn.csv", () => []),
        ["a UN XML file named sdn.csv"] = ("sdn.csv", () => File.ReadAllBytes(RepositoryPaths.UnList2026)),
        ["sdn.csv cut mid-row"] = ("sdn.csv", () => Sdn.Value[..(Sdn.Value.Length / 3 + 17)]),
        ["sdn.csv with one Latin-1 byte (MÜLLER)"] = ("sdn.csv", () => [.. Sdn.Value[..1000], (byte)'M', 0xDC, (byte)'L', .. Sdn.Value[1000..]]),
        ["random bytes named list.zip"] = ("list.zip", () => RandomBytes(5_000)),
    };

    [Theory, MemberData(nameof(JunkCases))]
    public async Task Import_Junk_Is400WithAProblemDetail_AndNothingChanges(string junk)
    {
        var server = servers.For("sqlite");
        using var admin = server.ClientAs(Role.Admin);
        var before = await admin.GetJsonAsync("/v1/lists");
        var (name, content) = Junk[junk];

        var response = await Upload(admin, name, content());

        response.Is(HttpStatusCode.BadRequest);
        Assert.Contains("nothing was imported", response.Body.Str("title"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(response.Body.Str("detail")));
        Assert.False(string.IsNullOrWhiteSpace(response.Body.Str("file")));
        var after = await admin.GetJsonAsync("/v1/lists");
        Assert.Equal(before.Body.GetProperty("lists").ToString(), after.Body.GetProperty("lists").ToString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Import_EmptyUnList_ClosesNoAlert_AndIsAuditedAsRefused(string provider)
    {
        using var server = new ServerFactory(provider, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        using var admin = server.ClientAs(Role.Admin);
        var created = await admin.PostAsync("/v1/customers", new { id = "ri-won-ho", name = "Ri Won Ho", type = "person" });
        created.Is(HttpStatusCode.Created);
        var alert = created.Body.GetProperty("alerts")[0].GetInt64();

        var response = await admin.PostRawAsync("/v1/lists/import", "<CONSOLIDATED_LIST dateGenerated=\"2026-06-01T00:00:00Z\"/>", "application/xml");

        response.Is(HttpStatusCode.BadRequest);
        Assert.Contains("no entries", response.Body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("open", (await admin.GetJsonAsync($"/v1/alerts/{alert}")).Body.Str("state"));
        var screened = await admin.PostAsync("/v1/screen", new { name = "Ri Won Ho" });
        Assert.Equal("KPi.033", screened.Body.GetProperty("matches")[0].Str("ref"));
        var refused = await admin.GetJsonAsync("/v1/audit?action=list.import.refused");
        var record = Assert.Single(refused.Body.GetProperty("records").EnumerateArray());
        Assert.Contains("no entries", record.GetProperty("outputs").Str("reason"), StringComparison.Ordinal);
        Assert.Empty((await admin.GetJsonAsync("/v1/audit?action=list.import")).Body.GetProperty("records").EnumerateArray());
        Assert.True((await admin.GetJsonAsync("/v1/audit/verify")).Body.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Import_ShrinkBeyondTheShare_Is409WithTheDiff_UntilConfirmed()
    {
        using var server = new ServerFactory("sqlite", services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        using var admin = server.ClientAs(Role.Admin);
        // A later version holding a tenth of the individuals and no entity: what a cut download looks like.
        var text = Un2026.Value;
        var individuals = Regex.Matches(text, "<INDIVIDUAL>.*?</INDIVIDUAL>", RegexOptions.Singleline);
        var partial = Regex.Replace(text[..individuals[individuals.Count / 10].Index], "dateGenerated=\"[^\"]*\"", "dateGenerated=\"2026-03-01T00:00:00Z\"")
            + "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>";
        var content = Encoding.UTF8.GetBytes(partial);

        var refused = await Upload(admin, "consolidated-2026-03-01.xml", content);

        refused.Is(HttpStatusCode.Conflict);
        Assert.Equal("2026-02-27T00:00:09Z", refused.Body.Str("in_force"));
        Assert.Equal(0, refused.Body.GetProperty("added").GetInt32());
        Assert.True(refused.Body.GetProperty("removed").GetInt32() > 800, refused.Body.ToString());
        Assert.Contains("allow_shrink=true", refused.Body.Str("detail"), StringComparison.Ordinal);
        var lists = await admin.GetJsonAsync("/v1/lists");
        Assert.Single(lists.Body.GetProperty("lists")[0].GetProperty("versions").EnumerateArray());
        var audited = await admin.GetJsonAsync("/v1/audit?action=list.import.refused");
        var outputs = Assert.Single(audited.Body.GetProperty("records").EnumerateArray()).GetProperty("outputs");
        Assert.Equal(refused.Body.GetProperty("removed").GetInt32(), outputs.GetProperty("removed").GetInt32());

        (await Upload(admin, "consolidated-2026-03-01.xml", content, ("allow_shrink", "maybe"))).Is(HttpStatusCode.BadRequest);
        var confirmed = await Upload(admin, "consolidated-2026-03-01.xml", content, ("allow_shrink", "true"));
        confirmed.Is(HttpStatusCode.OK);
        Assert.True(confirmed.Body.GetProperty("newest").GetBoolean());
    }

    [Fact]
    public async Task Import_VersionDatedTomorrow_IsStored_ButNotServedUntilItsDate()
    {
        var clock = new FakeTimeProvider(Now);
        using var server = new ServerFactory("sqlite", services: s => s.AddSingleton<TimeProvider>(clock));
        using var admin = server.ClientAs(Role.Admin);
        var tomorrow = Encoding.UTF8.GetBytes(Regex.Replace(Un2026.Value, "dateGenerated=\"[^\"]*\"", "dateGenerated=\"2026-12-08T00:00:00Z\""));

        var import = await Upload(admin, "consolidated-2026-12-08.xml", tomorrow);

        import.Is(HttpStatusCode.OK);
        Assert.False(import.Body.GetProperty("in_force").GetBoolean());
        Assert.False(import.Body.GetProperty("newest").GetBoolean());
        var un = (await admin.GetJsonAsync("/v1/lists")).Body.GetProperty("lists")[0];
        Assert.Equal(("2026-12-08T00:00:00Z", "2026-02-27T00:00:09Z"), (un.Str("newest"), un.Str("in_force")));
        var today = await admin.PostAsync("/v1/screen", new { name = "Ri Won Ho" });
        Assert.Equal(["un 2026-02-27T00:00:09Z"], today.Body.GetProperty("list_versions").EnumerateArray().Select(v => v.GetString()));

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 0, 0, 1, TimeSpan.Zero));
        var next = await admin.PostAsync("/v1/screen", new { name = "Ri Won Ho" });
        Assert.Equal(["un 2026-12-08T00:00:00Z"], next.Body.GetProperty("list_versions").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Import_VersionDatedTomorrow_ReScreensTheCustomersOnItsDate_Once()
    {
        var clock = new FakeTimeProvider(Now);
        using var server = new ServerFactory("sqlite", services: s => s.AddSingleton<TimeProvider>(clock));
        using var admin = server.ClientAs(Role.Admin);
        // Tomorrow's version lists KPi.033 under another name: a customer of that name matches nothing today.
        var renamed = Un2026.Value.Replace("<FIRST_NAME>RI</FIRST_NAME>\n      <SECOND_NAME>WON HO</SECOND_NAME>",
            "<FIRST_NAME>TESTOVA</FIRST_NAME>\n      <SECOND_NAME>ZARA QUILL</SECOND_NAME>", StringComparison.Ordinal);
        Assert.NotEqual(Un2026.Value, renamed);
        var tomorrow = Encoding.UTF8.GetBytes(Regex.Replace(renamed, "dateGenerated=\"[^\"]*\"", "dateGenerated=\"2026-12-08T00:00:00Z\""));
        var created = await admin.PostAsync("/v1/customers", new { id = "zara", name = "Zara Quill Testova", type = "person" });
        created.Is(HttpStatusCode.Created);
        Assert.Empty(created.Body.GetProperty("alerts").EnumerateArray());

        var import = await Upload(admin, "consolidated-2026-12-08.xml", tomorrow);

        import.Is(HttpStatusCode.OK);
        Assert.False(import.Body.GetProperty("in_force").GetBoolean());
        Assert.Equal(0, (await admin.GetJsonAsync("/v1/alerts?customer_id=zara")).Body.GetProperty("total").GetInt64());

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 0, 0, 10, TimeSpan.Zero));
        var alerts = await WaitForAsync(admin, "/v1/alerts?customer_id=zara", body => body.GetProperty("total").GetInt64() > 0);
        var alert = Assert.Single(alerts.GetProperty("alerts").EnumerateArray());
        Assert.Equal(("list_update", "KPi.033"), (alert.Str("origin"), alert.Str("ref")));
        var inForce = Assert.Single((await admin.GetJsonAsync("/v1/audit?action=list.in_force")).Body.GetProperty("records").EnumerateArray());
        Assert.Equal("un 2026-12-08T00:00:00Z", inForce.Str("subject"));

        // The next day (and any later check) finds the version recorded as in force: nothing runs or is raised again.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 0, 0, 10, TimeSpan.Zero));
        await Task.Delay(500);
        Assert.Single((await admin.GetJsonAsync("/v1/audit?action=list.in_force")).Body.GetProperty("records").EnumerateArray());
        Assert.Equal(1, (await admin.GetJsonAsync("/v1/alerts?customer_id=zara")).Body.GetProperty("total").GetInt64());
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds (background work), for at most 20 s.</summary>
    static async Task<JsonElement> WaitForAsync(HttpClient client, string path, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetJsonAsync(path);
            if (done(response.Body) || attempt == 200) return response.Body;
            await Task.Delay(100);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Screen_AsOfBeforeTheFirstVersion_SaysNoVersionWasInForce(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);

        var response = await client.PostAsync("/v1/screen", new { name = "Ri Won Ho", as_of = "2010-01-01" });

        response.Is(HttpStatusCode.OK);
        Assert.Empty(response.Body.GetProperty("matches").EnumerateArray());
        Assert.Empty(response.Body.GetProperty("list_versions").EnumerateArray());
        Assert.Equal(["un"], response.Body.GetProperty("lists_not_in_force").EnumerateArray().Select(v => v.GetString()));
        var now = await client.PostAsync("/v1/screen", new { name = "Ri Won Ho" });
        Assert.False(now.Body.TryGetProperty("lists_not_in_force", out _));
    }

    static async Task<(HttpStatusCode Status, JsonElement Body)> Upload(HttpClient client, string name, byte[] content, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", name);
        foreach (var (field, value) in fields) form.Add(new StringContent(value), field);
        using var response = await client.PostAsync("/v1/lists/import", form);
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
