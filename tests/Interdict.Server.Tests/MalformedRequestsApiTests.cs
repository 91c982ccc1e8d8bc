using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>The malformed-request corpus, sent to the real server on SQLite: bad content types and charsets, bad
/// JSON, duplicate keys, bad multipart, bad query parameters, oversized strings, bad ids, unknown routes. No request
/// may answer 500; each is the 4xx its case names, as ProblemDetails naming the place.</summary>
[Collection(ServersGroup.Name)]
public sealed class MalformedRequestsApiTests(Servers servers)
{
    const string Check = """{"id":"H","date":"2018-05-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"2710.19","description":"diesel","category":"refined_petroleum","quantity":1000,"unit":"bbl"}],"parties":[],"facts":{}}""";

    /// <summary>One malformed request: what is sent, the status expected, and the place the answer must name.</summary>
    public sealed record Case(string Name, string Method, string Url, string? ContentType, byte[]? Body, HttpStatusCode Status, string Place, bool Anonymous = false)
    {
        public override string ToString() => Name;
    }

    static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    static Case Json(string name, string url, string body, HttpStatusCode status, string place, string contentType = "application/json") =>
        new(name, "POST", url, contentType, Utf8(body), status, place);

    static Case Get(string name, string url, HttpStatusCode status, string place) => new(name, "GET", url, null, null, status, place);

    static byte[] InvalidUtf8(string before, string after) => [.. Utf8(before), 0xC3, 0x28, 0xFF, .. Utf8(after)];

    static byte[] Multipart(bool closed) => Utf8("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\nContent-Type: text/csv\r\n\r\nid,name\r\nc1,Kim\r\n"
        + (closed ? "--XyZ--\r\n" : ""));

    public static readonly IReadOnlyList<Case> Corpus =
    [
        // Content types and charsets: 415 naming the Content-Type header.
        Json("screen, charset=bogus", "/v1/screen", """{"name":"Kim"}""", HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/json; charset=bogus"),
        Json("batch, charset=bogus", "/v1/screen/batch", """{"queries":[{"id":"1","name":"Kim"}]}""", HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/json; charset=bogus"),
        Json("check, charset=bogus", "/v1/check", Check, HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/json; charset=bogus"),
        Json("customers, charset=bogus", "/v1/customers", """{"id":"c1","name":"Kim"}""", HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/json; charset=bogus"),
        Json("keys, charset=bogus", "/v1/keys", """{"name":"k","role":"screener"}""", HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/json; charset=bogus"),
        Json("screen, charset=utf-16", "/v1/screen", """{"name":"Kim"}""", HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/json; charset=utf-16"),
        Json("screen, text/plain", "/v1/screen", """{"name":"Kim"}""", HttpStatusCode.UnsupportedMediaType, "Content-Type", "text/plain"),
        Json("check, application/xml", "/v1/check", "<check/>", HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/xml"),
        Json("keys, form-urlencoded", "/v1/keys", "name=k&role=admin", HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/x-www-form-urlencoded"),
        Json("screen, not a media type", "/v1/screen", """{"name":"Kim"}""", HttpStatusCode.UnsupportedMediaType, "Content-Type", "json"),
        new("screen, no content type", "POST", "/v1/screen", null, Utf8("""{"name":"Kim"}"""), HttpStatusCode.UnsupportedMediaType, "Content-Type"),
        // Bad JSON: 400 naming the field, or saying where the JSON breaks.
        Json("screen, cut off", "/v1/screen", """{"name":""", HttpStatusCode.BadRequest, "JSON"),
        Json("screen, empty body", "/v1/screen", "", HttpStatusCode.BadRequest, "body"),
        Json("screen, wrong type", "/v1/screen", """{"name":"Kim","threshold":"high"}""", HttpStatusCode.BadRequest, "threshold"),
        Json("screen, unknown field", "/v1/screen", """{"nme":"Kim"}""", HttpStatusCode.BadRequest, "nme"),
        Json("screen, duplicate key", "/v1/screen", """{"name":"Kim","name":"Lee"}""", HttpStatusCode.BadRequest, "name"),
        Json("screen, NaN", "/v1/screen", """{"name":"Kim","threshold":NaN}""", HttpStatusCode.BadRequest, "threshold"),
        Json("screen, threshold 2", "/v1/screen", """{"name":"Kim","threshold":2}""", HttpStatusCode.BadRequest, "threshold"),
        Json("screen, 2,000-character name", "/v1/screen", $$"""{"name":"{{new string('K', 2000)}}"}""", HttpStatusCode.BadRequest, "name"),
        new("screen, invalid UTF-8", "POST", "/v1/screen", "application/json", InvalidUtf8("""{"name":"Kim""", "\"}"), HttpStatusCode.BadRequest, "UTF-8"),
        new("check, invalid UTF-8", "POST", "/v1/check", "application/json", InvalidUtf8("{\"id\":\"H", "\",\"date\":\"2018-05-01\",\"activity\":\"trade\",\"direction\":\"to_dprk\",\"parties\":[],\"facts\":{}}"), HttpStatusCode.BadRequest, "check"),
        Json("check, duplicate key", "/v1/check", Check.Replace("\"id\":\"H\"", "\"id\":\"H\",\"id\":\"I\"", StringComparison.Ordinal), HttpStatusCode.BadRequest, "id"),
        Json("check, negative quantity", "/v1/check", Check.Replace("1000", "-5", StringComparison.Ordinal), HttpStatusCode.BadRequest, "goods[0].quantity"),
        Json("check, 1e400", "/v1/check", Check.Replace("1000", "1e400", StringComparison.Ordinal), HttpStatusCode.BadRequest, "goods[0].quantity"),
        Json("check, unknown enum", "/v1/check", Check.Replace("\"facts\":{}", "\"facts\":{\"field\":\"agriculture\"}", StringComparison.Ordinal), HttpStatusCode.BadRequest, "facts.field"),
        Json("check, not an object", "/v1/check", "\"a check\"", HttpStatusCode.BadRequest, "JSON object"),
        Json("check batch, bad check", "/v1/check/batch", "{\"checks\":[" + Check.Replace("\"bbl\"", "\"barrels\"", StringComparison.Ordinal) + "]}", HttpStatusCode.BadRequest, "checks[0]"),
        Json("check batch, no list", "/v1/check/batch", """{"checks":{}}""", HttpStatusCode.BadRequest, "checks"),
        // Ids and strings: the customer id alphabet, length limits, control characters.
        Json("customer id a/b", "/v1/customers", """{"id":"a/b","name":"Kim"}""", HttpStatusCode.BadRequest, "id"),
        Json("customer id ..", "/v1/customers", """{"id":"..","name":"Kim"}""", HttpStatusCode.BadRequest, "id"),
        Json("customer id with NUL", "/v1/customers", """{"id":"c\u0000","name":"Kim"}""", HttpStatusCode.BadRequest, "id"),
        Json("customer id with a space", "/v1/customers", """{"id":"c 1","name":"Kim"}""", HttpStatusCode.BadRequest, "id"),
        Json("customer id of 201 characters", "/v1/customers", $$"""{"id":"{{new string('c', 201)}}","name":"Kim"}""", HttpStatusCode.BadRequest, "id"),
        Json("key name of 300 characters", "/v1/keys", $$"""{"name":"{{new string('k', 300)}}","role":"screener"}""", HttpStatusCode.BadRequest, "name"),
        Json("key name with NUL", "/v1/keys", """{"name":"a\u0000b","role":"screener"}""", HttpStatusCode.BadRequest, "name"),
        Json("key role unknown", "/v1/keys", """{"name":"k","role":"god"}""", HttpStatusCode.BadRequest, "role"),
        // Multipart and uploads.
        new("list import, multipart without boundary", "POST", "/v1/lists/import", "multipart/form-data", Multipart(true), HttpStatusCode.BadRequest, "boundary"),
        new("list import, multipart without closing boundary", "POST", "/v1/lists/import", "multipart/form-data; boundary=XyZ", Multipart(false), HttpStatusCode.BadRequest, "closing boundary"),
        new("customer import, multipart without boundary", "POST", "/v1/customers/import", "multipart/form-data", Multipart(true), HttpStatusCode.BadRequest, "boundary"),
        new("customer import, multipart without closing boundary", "POST", "/v1/customers/import", "multipart/form-data; boundary=XyZ", Multipart(false), HttpStatusCode.BadRequest, "closing boundary"),
        new("list import, NUL in name", "POST", "/v1/lists/import?name=a%00b.xml", "application/xml", Utf8("<CONSOLIDATED_LIST/>"), HttpStatusCode.BadRequest, "name"),
        new("list import, 300-character name", "POST", "/v1/lists/import?name=" + new string('n', 300), "application/xml", Utf8("<CONSOLIDATED_LIST/>"), HttpStatusCode.BadRequest, "name"),
        new("list import, name with folders", "POST", "/v1/lists/import?name=..%2F..%2Fetc%2Fpasswd", "application/xml", Utf8("<CONSOLIDATED_LIST/>"), HttpStatusCode.BadRequest, "name"),
        // Query parameters.
        Get("alerts, min_score=NaN", "/v1/alerts?min_score=NaN", HttpStatusCode.BadRequest, "min_score"),
        Get("alerts, max_score=2", "/v1/alerts?max_score=2", HttpStatusCode.BadRequest, "max_score"),
        Get("alerts, min_score=abc", "/v1/alerts?min_score=abc", HttpStatusCode.BadRequest, "min_score"),
        Get("alerts, limit=0", "/v1/alerts?limit=0", HttpStatusCode.BadRequest, "limit"),
        Get("alerts, offset=abc", "/v1/alerts?offset=abc", HttpStatusCode.BadRequest, "offset"),
        Get("alerts, unknown state", "/v1/alerts?state=bogus", HttpStatusCode.BadRequest, "state"),
        Get("alerts, bad date", "/v1/alerts?created_from=yesterday", HttpStatusCode.BadRequest, "created_from"),
        Get("audit, bad from", "/v1/audit?from=yesterday", HttpStatusCode.BadRequest, "from"),
        Get("audit, after=x", "/v1/audit?after=x", HttpStatusCode.BadRequest, "after"),
        Get("customers, limit=5000", "/v1/customers?limit=5000", HttpStatusCode.BadRequest, "limit"),
        Get("alert id abc", "/v1/alerts/abc", HttpStatusCode.BadRequest, "id"),
        Get("customer a/b, escaped", "/v1/customers/a%2Fb", HttpStatusCode.NotFound, "no customer"),
        // Unknown routes: 404 whoever asks.
        Get("unknown route", "/v1/nothing", HttpStatusCode.NotFound, "route"),
        new("unknown route, anonymous", "GET", "/v1/nothing", null, null, HttpStatusCode.NotFound, "route", Anonymous: true),
        new("unknown version, anonymous", "POST", "/v2/screen", "application/json", Utf8("{}"), HttpStatusCode.NotFound, "route", Anonymous: true),
        Get("unknown console file", "/console/../etc/passwd", HttpStatusCode.NotFound, "route"),
    ];

    public static TheoryData<string> Names() => [.. Corpus.Select(c => c.Name)];

    [Fact]
    public void Corpus_HasAtLeast40Requests() => Assert.True(Corpus.Count >= 40, $"{Corpus.Count} requests");

    [Theory]
    [MemberData(nameof(Names))]
    public async Task MalformedRequest_Answered4xxNamingThePlace_Never500(string name)
    {
        var @case = Corpus.Single(c => c.Name == name);
        var server = servers.For("sqlite");
        using var client = @case.Anonymous ? server.CreateClient() : server.ClientAs(Role.Admin);
        using var request = new HttpRequestMessage(new HttpMethod(@case.Method), @case.Url);
        if (@case.Body is not null)
        {
            request.Content = new ByteArrayContent(@case.Body);
            request.Content.Headers.ContentType = null;
            if (@case.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", @case.ContentType);
        }
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == @case.Status, $"{@case.Name}: expected {(int)@case.Status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal((int)@case.Status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(@case.Place, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(server.DataDirectory, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    /// <summary>The malformed-check corpus the Rules and CLI tests read (testdata/malformed/checks.jsonl), line by line.</summary>
    public static TheoryData<int> CheckCorpusLines() =>
        [.. Enumerable.Range(0, File.ReadLines(Path.Combine(RepositoryPaths.TestData, "malformed", "checks.jsonl")).Count(l => l.Length > 0))];

    [Theory]
    [MemberData(nameof(CheckCorpusLines))]
    public async Task MalformedCheck_Post_Is400NamingThePlace(int line)
    {
        using var entry = JsonDocument.Parse(File.ReadLines(Path.Combine(RepositoryPaths.TestData, "malformed", "checks.jsonl")).Where(l => l.Length > 0).ElementAt(line));
        var text = entry.RootElement.GetProperty("text").GetString()!;
        var expected = entry.RootElement.GetProperty("expect").GetString()!;
        using var client = servers.For("sqlite").ClientAs(Role.Screener);
        using var response = await client.PostAsync("/v1/check", new StringContent(text, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{text}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // Text that is not a JSON object, or repeats a key, is refused by the JSON reader before the check reader sees
        // it (naming the JSON error); every other check is refused by the check reader, in the same words as the CLI.
        var readByTheCheckReader = text.StartsWith('{') && !expected.Contains("twice", StringComparison.Ordinal) && !expected.StartsWith("not JSON", StringComparison.Ordinal);
        if (readByTheCheckReader) Assert.Contains(expected, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomerWithSafeId_CreatedAndReadBack()
    {
        using var client = servers.For("sqlite").ClientAs(Role.Admin);
        var id = "ok-1.2_3:" + Guid.NewGuid().ToString("N")[..8] + "@x";
        (await client.PostAsync("/v1/customers", new { id, name = "Plain Customer" })).Is(HttpStatusCode.Created);
        var back = await client.GetJsonAsync("/v1/customers/" + id);
        back.Is(HttpStatusCode.OK);
        Assert.Equal(id, back.Body.Str("id"));
    }

    [Fact]
    public async Task AuditVerify_OverHttp_ReportsTheAnchoredHead()
    {
        var server = servers.For("sqlite");
        using var client = server.ClientAs(Role.Supervisor);
        (await client.PostAsync("/v1/screen", new { name = "Kim Jong Un" })).Is(HttpStatusCode.OK);
        var verify = await client.GetJsonAsync("/v1/audit/verify");
        verify.Is(HttpStatusCode.OK);
        Assert.True(verify.Body.GetProperty("valid").GetBoolean(), verify.Body.ToString());
        Assert.Contains("matches the anchor file", verify.Body.Str("message"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, Storage.AuditAnchorFile.FileName)));
    }

    [Fact]
    public async Task AuditVerify_OverHttp_EmptiedOrDroppedTableReportedNotThrown()
    {
        using var server = new ServerFactory("sqlite", bundledList: false);
        using var client = server.ClientAs(Role.Supervisor);
        (await client.PostAsync("/v1/screen", new { name = "Kim Jong Un" })).Is(HttpStatusCode.OK);
        var database = Path.Combine(server.DataDirectory, "interdict.db");

        await ExecuteAsync(database, "DROP TRIGGER audit_records_no_delete; DELETE FROM audit_records;");
        var emptied = await client.GetJsonAsync("/v1/audit/verify");
        emptied.Is(HttpStatusCode.OK);
        Assert.False(emptied.Body.GetProperty("valid").GetBoolean());
        Assert.Equal("tail_missing", emptied.Body.Str("problem"));
        Assert.Contains("The audit table is empty, but the anchor file kept record", emptied.Body.Str("message"), StringComparison.Ordinal);

        await ExecuteAsync(database, "DROP TABLE audit_records;");
        var dropped = await client.GetJsonAsync("/v1/audit/verify");
        dropped.Is(HttpStatusCode.OK);
        Assert.Equal("table_missing", dropped.Body.Str("problem"));
        Assert.Contains("audit_records is missing: it was dropped", dropped.Body.Str("message"), StringComparison.Ordinal);
    }

    static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
