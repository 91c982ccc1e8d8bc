using System.Net;
using System.Net.Http.Json;
using System.Text;
using Interdict.Core.Access;
using Interdict.Server.Access;
using Interdict.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

[Collection(ServersGroup.Name)]
public sealed class AccessApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    /// <summary>A valid request for every row of the access table, so that an allowed caller gets a 2xx.</summary>
    static HttpRequestMessage Sample(EndpointAccess row, string unique)
    {
        HttpContent Body(string json) => new StringContent(json, Encoding.UTF8, "application/json");
        var check = """{"id": "w", "date": "2016-01-15", "activity": "trade", "direction": "from_dprk", "goods": [{"hs": "2701.11", "quantity": 1, "unit": "t"}], "parties": [], "facts": {}}""";
        return (row.Method, row.Route) switch
        {
            ("GET", "/health") => new(HttpMethod.Get, "/health"),
            ("GET", "/health/live") => new(HttpMethod.Get, "/health/live"),
            ("GET", "/health/ready") => new(HttpMethod.Get, "/health/ready"),
            ("GET", "/openapi/{documentName}.json") => new(HttpMethod.Get, "/openapi/v1.json"),
            ("GET", "/scalar/{documentName?}") => new(HttpMethod.Get, "/scalar/"),
            ("GET", "/scalar/scalar.js") => new(HttpMethod.Get, "/scalar/scalar.js"),
            ("GET", "/scalar/scalar.aspnetcore.js") => new(HttpMethod.Get, "/scalar/scalar.aspnetcore.js"),
            ("GET", "/scalar/favicon.svg") => new(HttpMethod.Get, "/scalar/favicon.svg"),
            ("GET", "/") => new(HttpMethod.Get, "/"), // follows the redirect to the console's sign-in page
            ("GET", "/favicon.ico") => new(HttpMethod.Get, "/favicon.ico"),
            ("GET", "/metrics") => new(HttpMethod.Get, "/metrics"),
            ("POST", "/v1/screen") => new(HttpMethod.Post, "/v1/screen") { Content = Body("""{"name": "Ri Won Ho"}""") },
            ("POST", "/v1/screen/text") => new(HttpMethod.Post, "/v1/screen/text") { Content = Body("""{"text": "Payment to Ri Won Ho for steel coils"}""") },
            ("POST", "/v1/screen/batch") => new(HttpMethod.Post, "/v1/screen/batch") { Content = Body("""{"queries": [{"id": "1", "name": "Ri Won Ho"}]}""") },
            ("POST", "/v1/check") => new(HttpMethod.Post, "/v1/check") { Content = Body(check) },
            ("POST", "/v1/check/batch") => new(HttpMethod.Post, "/v1/check/batch") { Content = Body($$"""{"checks": [{{check}}]}""") },
            ("POST", "/v1/payments/screen") => new(HttpMethod.Post, "/v1/payments/screen") { Content = new StringContent(File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", "01-hold-creditor-kkbc.xml")), Encoding.UTF8, "application/xml") },
            ("GET", "/v1/lists") => new(HttpMethod.Get, "/v1/lists"),
            ("POST", "/v1/lists/import") => new(HttpMethod.Post, "/v1/lists/import") { Content = new ByteArrayContent(File.ReadAllBytes(RepositoryPaths.UnList2026)) },
            ("GET", "/v1/lists/{source}/diff") => new(HttpMethod.Get, "/v1/lists/un/diff?from=2026-02-27T00:00:09Z&to=2026-02-27T00:00:09Z"),
            ("GET", "/v1/lists/{source}/entries/{reference}") => new(HttpMethod.Get, "/v1/lists/un/entries/KPi.033"),
            ("GET", "/v1/lists/{source}/export") => new(HttpMethod.Get, "/v1/lists/un/export?format=ftm"),
            ("POST", "/match/{dataset}") => new(HttpMethod.Post, "/match/default") { Content = Body("""{"queries": {"q1": {"schema": "Person", "properties": {"name": ["Ri Won Ho"]}}}}""") },
            ("GET", "/search/{dataset}") => new(HttpMethod.Get, "/search/default?q=Ri%20Won%20Ho"),
            ("GET", "/entities/{id}") => new(HttpMethod.Get, "/entities/un-KPi.033"),
            ("GET", "/v1/regime/timeline") => new(HttpMethod.Get, "/v1/regime/timeline"),
            ("GET", "/v1/regime/measures/{id}") => new(HttpMethod.Get, "/v1/regime/measures/M-2321-26"),
            ("GET", "/v1/regime/scenarios/{proposal}") => new(HttpMethod.Get, "/v1/regime/scenarios/P-2019-RU-CN"),
            ("GET", "/v1/customers") => new(HttpMethod.Get, "/v1/customers"),
            ("POST", "/v1/customers") => new(HttpMethod.Post, "/v1/customers") { Content = Body($$"""{"id": "walk-{{unique}}", "name": "Walk {{unique}}"}""") },
            ("GET", "/v1/customers/{id}") => new(HttpMethod.Get, "/v1/customers/walk-fixed"),
            ("PUT", "/v1/customers/{id}") => new(HttpMethod.Put, "/v1/customers/walk-fixed") { Content = Body($$"""{"name": "Walk {{unique}}"}""") },
            ("POST", "/v1/customers/import") => new(HttpMethod.Post, "/v1/customers/import") { Content = new StringContent($"id,name\nwalk-csv-{unique},Walk CSV\n", Encoding.UTF8, "text/csv") },
            ("POST", "/v1/customers/rescreen") => new(HttpMethod.Post, "/v1/customers/rescreen"),
            ("GET", "/v1/alerts") => new(HttpMethod.Get, "/v1/alerts"),
            ("GET", "/v1/alerts/{id}") => new(HttpMethod.Get, "/v1/alerts/{alert}"),
            ("POST", "/v1/alerts/{id}/propose") => new(HttpMethod.Post, "/v1/alerts/{alert}/propose") { Content = Body("""{"outcome": "false_positive", "reason": "walk"}""") },
            ("POST", "/v1/alerts/{id}/confirm") => new(HttpMethod.Post, "/v1/alerts/{proposed}/confirm") { Content = Body("""{"reason": "walk"}""") },
            ("POST", "/v1/alerts/{id}/reject") => new(HttpMethod.Post, "/v1/alerts/{proposed}/reject") { Content = Body("""{"reason": "walk"}""") },
            ("GET", "/v1/payments/alerts") => new(HttpMethod.Get, "/v1/payments/alerts?limit=1"),
            ("GET", "/v1/payments/alerts/{id}") => new(HttpMethod.Get, "/v1/payments/alerts/{payment_alert}"),
            ("POST", "/v1/payments/alerts/{id}/propose") => new(HttpMethod.Post, "/v1/payments/alerts/{payment_alert}/propose") { Content = Body("""{"decision": "release", "reason": "walk"}""") },
            ("POST", "/v1/payments/alerts/{id}/confirm") => new(HttpMethod.Post, "/v1/payments/alerts/{payment_proposed}/confirm") { Content = Body("""{"reason": "walk"}""") },
            ("POST", "/v1/payments/alerts/{id}/decline") => new(HttpMethod.Post, "/v1/payments/alerts/{payment_proposed}/decline") { Content = Body("""{"reason": "walk"}""") },
            ("GET", "/v1/audit") => new(HttpMethod.Get, "/v1/audit?limit=1"),
            ("GET", "/v1/audit/verify") => new(HttpMethod.Get, "/v1/audit/verify"),
            ("GET", "/v1/keys") => new(HttpMethod.Get, "/v1/keys"),
            ("POST", "/v1/keys") => new(HttpMethod.Post, "/v1/keys") { Content = Body($$"""{"name": "walk-{{unique}}", "role": "screener"}""") },
            ("DELETE", "/v1/keys/{id}") => new(HttpMethod.Delete, "/v1/keys/{key}"),
            ("GET", "/v1/jobs") => new(HttpMethod.Get, "/v1/jobs"),
            ("GET", "/v1/jobs/{id}") => new(HttpMethod.Get, "/v1/jobs/1"), // the walk's customer import above recorded job 1
            ("POST", "/v1/batches") => new(HttpMethod.Post, "/v1/batches") { Content = new StringContent("id,name\n1,Ri Won Ho\n", Encoding.UTF8, "text/csv") },
            ("GET", "/v1/batches/{id}") => new(HttpMethod.Get, "/v1/batches/1"),
            ("GET", "/v1/batches/{id}/output") => new(HttpMethod.Get, "/v1/batches/1/output"),
            ("DELETE", "/v1/batches/{id}") => new(HttpMethod.Delete, "/v1/batches/1"),
            _ => throw new InvalidOperationException($"no sample request for {row.Method} {row.Route}: add one"),
        };
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryEndpoint_EveryRole_GetsWhatTheTableSays(string provider)
    {
        var server = servers.For(provider);
        using var setup = server.ClientAs(Role.Admin, "walk-setup");
        (await setup.PutAsync("/v1/customers/walk-fixed", new { name = "x" })).Status.ToString(); // may be 404 before creation
        (await setup.PostAsync("/v1/customers", new { id = "walk-fixed", name = "Walk Fixed" })).Status.ToString();
        var failures = new List<string>();
        Role?[] callers = [null, Role.Screener, Role.Analyst, Role.Supervisor, Role.Admin];
        var n = 0;
        foreach (var row in AccessTable.Entries)
        {
            foreach (var role in callers)
            {
                n++;
                using var client = role is { } r ? server.ClientAs(r) : server.CreateClient();
                using var request = Sample(row, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.RequestUri = new Uri(await Resolve(request.RequestUri!.OriginalString, setup), UriKind.Relative);
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var allowed = row.Role is null || (role is { } held && held >= row.Role);
                // These servers are single processes: batch files answer an allowed caller 501, saying they need cluster
                // mode (Interdict.Cluster.Tests walks them on real silos).
                var ok = allowed ? (ClusterOnly(row) ? status == 501 : status is >= 200 and < 300) : status == (role is null ? 401 : 403);
                if (!ok) failures.Add($"{row.Method} {row.Route} as {role?.ToString() ?? "anonymous"}: {status} {await response.Content.ReadAsStringAsync()}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    static bool ClusterOnly(EndpointAccess row) => row.Route.StartsWith("/v1/batches", StringComparison.Ordinal);

    /// <summary>Fills <c>{alert}</c> (a fresh open alert), <c>{proposed}</c> (a fresh proposed one) and <c>{key}</c> (a fresh key).</summary>
    static async Task<string> Resolve(string url, HttpClient admin)
    {
        async Task<long> NewAlert()
        {
            var created = await admin.PostAsync("/v1/customers", new { id = $"walk-alert-{Guid.NewGuid():N}", name = "Ri Won Ho" });
            return created.Body.GetProperty("alerts")[0].GetInt64();
        }
        if (url.Contains("{alert}", StringComparison.Ordinal)) url = url.Replace("{alert}", (await NewAlert()).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (url.Contains("{proposed}", StringComparison.Ordinal))
        {
            var id = await NewAlert();
            // proposed by the setup key, so every other key may review it
            await admin.PostAsync($"/v1/alerts/{id}/propose", new { outcome = "false_positive", reason = "walk" });
            url = url.Replace("{proposed}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        async Task<long> NewPaymentAlert()
        {
            // A message id of its own: the same message would find the alert already opened.
            var message = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", "01-hold-creditor-kkbc.xml"))
                .Replace("pacs8bizmsgidr01", $"walk{Guid.NewGuid():N}"[..30], StringComparison.Ordinal);
            var screened = await admin.PostRawAsync("/v1/payments/screen", message, "application/xml");
            return screened.Body.GetProperty("messages")[0].GetProperty("alert").GetInt64();
        }
        if (url.Contains("{payment_alert}", StringComparison.Ordinal))
            url = url.Replace("{payment_alert}", (await NewPaymentAlert()).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (url.Contains("{payment_proposed}", StringComparison.Ordinal))
        {
            var id = await NewPaymentAlert();
            await admin.PostAsync($"/v1/payments/alerts/{id}/propose", new { decision = "reject", reason = "walk" });
            url = url.Replace("{payment_proposed}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        if (url.Contains("{key}", StringComparison.Ordinal))
        {
            var created = await admin.PostAsync("/v1/keys", new { name = $"walk-{Guid.NewGuid():N}"[..16], role = "screener" });
            url = url.Replace("{key}", created.Body.Str("id"), StringComparison.Ordinal);
        }
        return url;
    }

    [Fact]
    public void AccessTable_CoversEveryMappedEndpoint_AndNothingElse()
    {
        var server = servers.For("sqlite");
        // The console's endpoints (its policy) have their own table (ConsoleAccess, tested in Interdict.Console.Tests).
        var mapped = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
                .Any(a => a.Policy == Interdict.Server.Console.ConsoleAccessRequirement.Policy))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Select(p => $"{p.Item1} {AccessTable.Normalize(p.Item2)}")
            .Distinct().Order().ToArray();
        var table = AccessTable.Entries.Select(e => $"{e.Method} {e.Route}").Order().ToArray();
        Assert.True(mapped.Except(table).ToArray() is { Length: 0 }, "mapped but not in the access table: " + string.Join(", ", mapped.Except(table)));
        Assert.True(table.Except(mapped).ToArray() is { Length: 0 }, "in the access table but not mapped: " + string.Join(", ", table.Except(mapped)));
    }

    [Fact]
    public void ApiDocs_ShowTheAccessTableAsInCode()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "api.md"));
        Assert.Contains(AccessTable.Markdown(), docs.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Auth_ProblemsSayWhatIsMissing(string provider)
    {
        var server = servers.For(provider);
        using var anonymous = server.CreateClient();
        var none = await anonymous.PostAsync("/v1/screen", new { name = "x" });
        none.Is(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", none.Body.Str("detail"));

        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "idk_0000000000000000_" + new string('A', 43));
        var unknown = await anonymous.PostAsync("/v1/screen", new { name = "x" });
        unknown.Is(HttpStatusCode.Unauthorized);
        Assert.Contains("unknown or revoked", unknown.Body.Str("detail"));

        using var wrongMethod = await anonymous.GetAsync("/v1/screen");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);

        using var screener = server.ClientAs(Role.Screener);
        var forbidden = await screener.GetJsonAsync("/v1/alerts");
        forbidden.Is(HttpStatusCode.Forbidden);
        Assert.Contains("needs the role analyst", forbidden.Body.Str("detail"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Keys_CreateListRevoke_RevokedKeyIsRefused(string provider)
    {
        var server = servers.For(provider);
        using var admin = server.ClientAs(Role.Admin);
        var created = await admin.PostAsync("/v1/keys", new { name = "desk-7", role = "analyst" });
        created.Is(HttpStatusCode.Created);
        var key = created.Body.Str("key");
        Assert.StartsWith("idk_", key);
        using var user = server.CreateClient();
        user.DefaultRequestHeaders.Authorization = new("Bearer", key);
        (await user.GetJsonAsync("/v1/alerts")).Is(HttpStatusCode.OK);

        var list = await admin.GetJsonAsync("/v1/keys");
        Assert.DoesNotContain(key, list.Body.ToString());
        Assert.Contains(list.Body.GetProperty("keys").EnumerateArray(), k => k.Str("name") == "desk-7");

        using var revoke = await admin.DeleteAsync($"/v1/keys/{created.Body.Str("id")}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        (await user.GetJsonAsync("/v1/alerts")).Is(HttpStatusCode.Unauthorized);
        using var again = await admin.DeleteAsync($"/v1/keys/{created.Body.Str("id")}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        (await admin.PostAsync("/v1/keys", new { name = "x", role = "root" })).Is(HttpStatusCode.BadRequest);
    }
}
