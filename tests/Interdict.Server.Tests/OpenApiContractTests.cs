using System.Net;
using System.Text.Json;
using Interdict.Core.Access;
using Interdict.Server.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>The OpenAPI document describes what the service really answers: each response of a walk through screening,
/// checks, the regime, customers, alerts, lists, keys and the audit trail is checked against the schema the document gives for it.</summary>
public sealed class OpenApiContractTests
{
    [Fact]
    public async Task Responses_MatchTheSchemasOfTheOpenApiDocument()
    {
        using var server = new ServerFactory("sqlite");
        using var analyst = server.ClientAs(Role.Analyst, "contract-analyst");
        using var supervisor = server.ClientAs(Role.Supervisor, "contract-supervisor");
        using var admin = server.ClientAs(Role.Admin);
        var document = await admin.GetJsonAsync("/openapi/v1.json");
        var shapes = new OpenApiShapes(document.Body);
        var failures = new List<string>();
        void Expect((HttpStatusCode Status, JsonElement Body) response, string method, string path, HttpStatusCode status)
        {
            if (response.Status != status)
            {
                failures.Add($"{method} {path}: {(int)response.Status}, expected {(int)status}: {response.Body}");
                return;
            }
            failures.AddRange(shapes.Check(response.Body, shapes.ResponseSchema(method, path, (int)status)).Select(e => $"{method} {path}: {e}"));
        }

        // A query with a date of birth and a nationality, so that the explanation carries evidence.
        Expect(await analyst.PostAsync("/v1/screen", new { name = "Ri Won-ho", dob = "1964-07-17", nationality = "KP" }), "POST", "/v1/screen", HttpStatusCode.OK);
        Expect(await analyst.PostAsync("/v1/screen", new { name = "金铁三" }), "POST", "/v1/screen", HttpStatusCode.OK);
        Expect(await analyst.PostAsync("/v1/screen/text", new { text = "PAYMENT TO RI WON HO VIA KOTI CORP" }), "POST", "/v1/screen/text", HttpStatusCode.OK);
        Expect(await analyst.PostAsync("/v1/screen", new { name = "DPRK national Ri Pyong-chul" }), "POST", "/v1/screen", HttpStatusCode.OK);
        Expect(await analyst.PostAsync("/v1/screen/batch", new { queries = new[] { new { id = "1", name = "Kim Yong Chol" }, new { id = "2", name = "Plain Bakery" } } }),
            "POST", "/v1/screen/batch", HttpStatusCode.OK);

        // Checks: a cap with its conditions, an exemption, a prohibition for a listed party.
        object Coal(string id, string date, object[] parties) => new
        {
            id, date, scenario = "in_force", activity = "trade", direction = "from_dprk", destination = "CN",
            goods = new[] { new { hs = "2701", description = "coal", quantity = 30000, unit = "t", value_usd = 2400000, origin = "KP" } },
            parties, facts = new { purpose = "livelihood" },
        };
        Expect(await analyst.PostAsync("/v1/check", Coal("K1", "2017-03-01", [])), "POST", "/v1/check", HttpStatusCode.OK);
        Expect(await analyst.PostAsync("/v1/check/batch", new
        {
            checks = new[] { Coal("K2", "2017-09-01", []), Coal("K3", "2016-01-15", [new { name = "Korea Mining Development Trading Corporation", role = "seller" }]) },
        }), "POST", "/v1/check/batch", HttpStatusCode.OK);

        Expect(await analyst.GetJsonAsync("/v1/regime/timeline"), "GET", "/v1/regime/timeline", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync("/v1/regime/measures/M-2371-8"), "GET", "/v1/regime/measures/{id}", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync("/v1/regime/scenarios/P-2019-RU-CN?as_of=2019-12-16"), "GET", "/v1/regime/scenarios/{proposal}", HttpStatusCode.OK);

        var id = $"contract-{Guid.NewGuid():N}";
        var created = await analyst.PostAsync("/v1/customers", new { id, name = "Ri Won Ho", type = "person", dob = "1964-07-17", nationality = "KP", country = "FR" });
        Expect(created, "POST", "/v1/customers", HttpStatusCode.Created);
        Expect(await analyst.GetJsonAsync($"/v1/customers/{id}"), "GET", "/v1/customers/{id}", HttpStatusCode.OK);
        Expect(await analyst.PutAsync($"/v1/customers/{id}", new { name = "Ri Won Ho", type = "person", dob = "1964-07-17", nationality = "KP", country = "DE" }),
            "PUT", "/v1/customers/{id}", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync("/v1/customers?limit=5"), "GET", "/v1/customers", HttpStatusCode.OK);
        // A customer owned by a listed company: its match carries the ownership finding, its record the owners.
        var owned = await analyst.PostAsync("/v1/customers", new
        {
            id = $"{id}-owned", name = "Quiet Harbour Trading",
            owners = new object[] { new { name = "Korea Mining Development Trading Corporation", share = 60, identifiers = new { bic = "KMDTKPPY" } }, new { name = "Anna Schmidt" } },
        });
        Expect(owned, "POST", "/v1/customers", HttpStatusCode.Created);
        Assert.True(owned.Body.GetProperty("matches")[0].GetProperty("explanation").TryGetProperty("ownership", out _), owned.Body.ToString());
        Expect(await analyst.GetJsonAsync($"/v1/customers/{id}-owned"), "GET", "/v1/customers/{id}", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync($"/v1/alerts/{owned.Body.GetProperty("alerts")[0].GetInt64()}"), "GET", "/v1/alerts/{id}", HttpStatusCode.OK);
        var csv = Path.Combine(server.DataDirectory, "contract.csv");
        await File.WriteAllTextAsync(csv, $"id,name,type,imo\n{id}-ship,Ocean Maple,vessel,9123456\n{id}-bad,,person,\n");
        Expect(await analyst.UploadAsync("/v1/customers/import", csv), "POST", "/v1/customers/import", HttpStatusCode.OK);
        Expect(await admin.PostAsync("/v1/customers/rescreen", new { }), "POST", "/v1/customers/rescreen", HttpStatusCode.OK);

        var alert = created.Body.GetProperty("alerts")[0].GetInt64();
        Expect(await analyst.GetJsonAsync("/v1/alerts?state=open"), "GET", "/v1/alerts", HttpStatusCode.OK);
        Expect(await analyst.PostAsync($"/v1/alerts/{alert}/propose", new { outcome = "false_positive", reason = "another date of birth" }),
            "POST", "/v1/alerts/{id}/propose", HttpStatusCode.OK);
        Expect(await supervisor.PostAsync($"/v1/alerts/{alert}/confirm", new { reason = "checked the passport" }), "POST", "/v1/alerts/{id}/confirm", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync($"/v1/alerts/{alert}"), "GET", "/v1/alerts/{id}", HttpStatusCode.OK);

        // Payments: a held message opens a payment alert, released or rejected under the four-eyes rule.
        var held = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", "01-hold-creditor-kkbc.xml"))
            .Replace("pacs8bizmsgidr01", $"contract{Guid.NewGuid():N}"[..30], StringComparison.Ordinal);
        var screenedPayment = await analyst.PostRawAsync("/v1/payments/screen", held, "application/xml");
        Expect(screenedPayment, "POST", "/v1/payments/screen", HttpStatusCode.OK);
        var paymentAlert = screenedPayment.Body.GetProperty("messages")[0].GetProperty("alert").GetInt64();
        Expect(await analyst.GetJsonAsync("/v1/payments/alerts?state=open"), "GET", "/v1/payments/alerts", HttpStatusCode.OK);
        Expect(await analyst.PostAsync($"/v1/payments/alerts/{paymentAlert}/propose", new { decision = "reject", reason = "the creditor is KKBC" }),
            "POST", "/v1/payments/alerts/{id}/propose", HttpStatusCode.OK);
        Expect(await supervisor.PostAsync($"/v1/payments/alerts/{paymentAlert}/confirm", new { reason = "agreed" }), "POST", "/v1/payments/alerts/{id}/confirm", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync($"/v1/payments/alerts/{paymentAlert}"), "GET", "/v1/payments/alerts/{id}", HttpStatusCode.OK);

        Expect(await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018), "POST", "/v1/lists/import", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync("/v1/lists"), "GET", "/v1/lists", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync("/v1/lists/un/diff"), "GET", "/v1/lists/{source}/diff", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync("/v1/lists/un/entries/KPi.033"), "GET", "/v1/lists/{source}/entries/{reference}", HttpStatusCode.OK);
        Expect(await analyst.GetJsonAsync("/v1/lists/un/entries/QDi.394"), "GET", "/v1/lists/{source}/entries/{reference}", HttpStatusCode.OK);
        Expect(await admin.PostAsync("/v1/keys", new { name = "contract-key", role = "screener" }), "POST", "/v1/keys", HttpStatusCode.Created);
        Expect(await admin.GetJsonAsync("/v1/keys"), "GET", "/v1/keys", HttpStatusCode.OK);

        Expect(await supervisor.GetJsonAsync("/v1/audit?limit=50"), "GET", "/v1/audit", HttpStatusCode.OK);
        Expect(await supervisor.GetJsonAsync("/v1/audit/verify"), "GET", "/v1/audit/verify", HttpStatusCode.OK);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryOperationThatNeedsARole_DocumentsItsRole401And403AndTheSchemaOfItsAnswer()
    {
        using var server = new ServerFactory("sqlite");
        using var client = server.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var missing = new List<string>();
        foreach (var path in document.Body.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var access = AccessTable.Find(operation.Name.ToUpperInvariant(), path.Name);
                if (access?.Role is not { } role) continue;
                var responses = operation.Value.GetProperty("responses");
                if (!responses.TryGetProperty("401", out _) || !responses.TryGetProperty("403", out _)) missing.Add($"{operation.Name} {path.Name}: no 401/403");
                var description = operation.Value.TryGetProperty("description", out var d) ? d.GetString() : null;
                if (description?.Contains($"the {role.ToString().ToLowerInvariant()} role", StringComparison.Ordinal) != true) missing.Add($"{operation.Name} {path.Name}: role not stated");
                var answers = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                // JSON, or JSON lines (a list's export): one object of the schema per line.
                var described = answers.Any(r => r.Name == "204" || (r.Value.TryGetProperty("content", out var content)
                    && (content.TryGetProperty("application/json", out var json) || content.TryGetProperty("application/x-ndjson", out json)) && json.TryGetProperty("schema", out _)));
                if (path.Name.StartsWith("/v1/", StringComparison.Ordinal) && !described) missing.Add($"{operation.Name} {path.Name}: no schema for its answer");
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
