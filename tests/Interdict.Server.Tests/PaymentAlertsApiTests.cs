using System.Net;
using System.Text.Json;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>Held and reviewed payments become payment alerts through <c>POST /v1/payments/screen</c>, one per message, and are
/// released or rejected under the four-eyes rule through <c>/v1/payments/alerts…</c>, every step audited; on both databases.</summary>
[Collection(ServersGroup.Name)]
public sealed class PaymentAlertsApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    /// <summary>A scenario under a message id of its own: the servers are shared, and each test wants its own alert.</summary>
    static string Scenario(string file, string messageId)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", file));
        return text.Replace("pacs8bizmsgidr01", messageId, StringComparison.Ordinal);
    }

    static string NewId() => $"PA{Guid.NewGuid():N}"[..30];

    static async Task<JsonElement> ScreenOneAsync(HttpClient client, string body, string contentType = "application/xml")
    {
        var response = await client.PostRawAsync("/v1/payments/screen", body, contentType);
        response.Is(HttpStatusCode.OK);
        return Assert.Single(response.Body.GetProperty("messages").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AHeldPayment_OpensOneAlert_WithHitsBasisAndFields_AndTheSameMessageFindsIt(string provider)
    {
        var server = servers.For(provider);
        using var screener = server.ClientAs(Role.Screener);
        using var analyst = server.ClientAs(Role.Analyst);
        var id = NewId();
        var message = await ScreenOneAsync(screener, Scenario("01-hold-creditor-kkbc.xml", id));
        Assert.Equal("hold", message.Str("outcome"));
        var alertId = message.GetProperty("alert").GetInt64();

        var again = await ScreenOneAsync(screener, Scenario("01-hold-creditor-kkbc.xml", id));
        Assert.Equal(alertId, again.GetProperty("alert").GetInt64());
        var listed = await analyst.GetJsonAsync($"/v1/payments/alerts?message_id={id}");
        listed.Is(HttpStatusCode.OK);
        Assert.Equal(1, listed.Body.GetProperty("total").GetInt64());

        var alert = await analyst.GetJsonAsync($"/v1/payments/alerts/{alertId}");
        alert.Is(HttpStatusCode.OK);
        var body = alert.Body;
        Assert.Equal("open", body.Str("state"));
        Assert.Equal(id, body.Str("message_id"));
        Assert.StartsWith("pacs.008", body.Str("type"));
        Assert.Equal("hold", body.Str("outcome"));
        Assert.Equal("body", body.Str("source"));
        Assert.Equal(64, body.Str("content_hash").Length);
        Assert.Contains(body.GetProperty("hits").EnumerateArray(), h => h.Str("field") == "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr/Nm" && h.Str("ref") == "KPe.025");
        Assert.Contains(body.GetProperty("basis").EnumerateArray(), b => b.Str("resolution") == "1718" && b.Str("paragraph") == "8(d)");
        Assert.StartsWith("un-dprk@sha256:", body.Str("rulebook_version"));
        Assert.NotEmpty(body.GetProperty("list_versions").EnumerateArray());
        // The message's fields, with the creditor's name at the path the hit names.
        Assert.Contains(body.GetProperty("message").GetProperty("parties").EnumerateArray(), p =>
            p.Str("role") == "creditor" && p.GetProperty("name").Str("path") == "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr/Nm");
        Assert.Equal("open", body.GetProperty("history")[0].Str("to"));

        // A changed message under the same id is another message: another alert.
        var changed = await ScreenOneAsync(screener, Scenario("01-hold-creditor-kkbc.xml", id).Replace(">500000</pacs:IntrBkSttlmAmt>", ">500001</pacs:IntrBkSttlmAmt>", StringComparison.Ordinal));
        Assert.NotEqual(alertId, changed.GetProperty("alert").GetInt64());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task APassingPayment_OpensNoAlert(string provider)
    {
        using var screener = servers.For(provider).ClientAs(Role.Screener);
        var pass = File.ReadAllLines(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", "manifest.jsonl"))
            .First(l => l.Contains("\"expected\": \"pass\"", StringComparison.Ordinal) && l.Contains(".xml\"", StringComparison.Ordinal));
        var file = JsonDocument.Parse(pass).RootElement.Str("file")!;
        var message = await ScreenOneAsync(screener, Scenario(file, NewId()));
        Assert.Equal("pass", message.Str("outcome"));
        Assert.False(message.TryGetProperty("alert", out _));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FourEyes_ReleaseOrReject_NeverByTheProposer_EveryStepAudited(string provider)
    {
        var server = servers.For(provider);
        using var screener = server.ClientAs(Role.Screener);
        using var ana = server.ClientAs(Role.Analyst, "pay-ana");
        using var sue = server.ClientAs(Role.Supervisor, "pay-sue");
        using var ann = server.ClientAs(Role.Supervisor, "pay-ann");
        var alertId = (await ScreenOneAsync(screener, Scenario("01-hold-creditor-kkbc.xml", NewId()))).GetProperty("alert").GetInt64();
        var url = $"/v1/payments/alerts/{alertId}";

        // Malformed decisions are 400 naming the field; the screener may not decide at all.
        (await ana.PostAsync($"{url}/propose", new { decision = "approve", reason = "r" })).Is(HttpStatusCode.BadRequest);
        (await ana.PostAsync($"{url}/propose", new { decision = "reject" })).Is(HttpStatusCode.BadRequest);
        (await screener.PostAsync($"{url}/propose", new { decision = "reject", reason = "r" })).Is(HttpStatusCode.Forbidden);
        (await ana.PostAsync($"{url}/confirm", new { reason = "r" })).Is(HttpStatusCode.Forbidden);
        (await sue.PostAsync($"{url}/confirm", new { reason = "nothing proposed" })).Is(HttpStatusCode.Conflict);
        (await ana.PostAsync("/v1/payments/alerts/999999999/propose", new { decision = "reject", reason = "r" })).Is(HttpStatusCode.NotFound);

        // Sue proposes (a supervisor is an analyst too) and may then not confirm her own proposal.
        var proposed = await sue.PostAsync($"{url}/propose", new { decision = "release", reason = "not the listed bank" });
        proposed.Is(HttpStatusCode.OK);
        Assert.Equal("proposed", proposed.Body.Str("state"));
        var own = await sue.PostAsync($"{url}/confirm", new { reason = "mine" });
        own.Is(HttpStatusCode.Forbidden);
        Assert.Contains("four-eyes", own.Body.Str("detail"), StringComparison.Ordinal);

        var declined = await ann.PostAsync($"{url}/decline", new { reason = "the creditor is KKBC" });
        declined.Is(HttpStatusCode.OK);
        Assert.Equal("open", declined.Body.Str("state"));

        (await ana.PostAsync($"{url}/propose", new { decision = "reject", reason = "creditor is the listed KKBC" })).Is(HttpStatusCode.OK);
        var confirmed = await sue.PostAsync($"{url}/confirm", new { reason = "agreed" });
        confirmed.Is(HttpStatusCode.OK);
        Assert.Equal("rejected", confirmed.Body.Str("state"));
        Assert.Equal("reject", confirmed.Body.GetProperty("proposal").Str("decision"));
        (await ann.PostAsync($"{url}/decline", new { reason = "too late" })).Is(HttpStatusCode.Conflict);

        var history = (await ana.GetJsonAsync(url)).Body.GetProperty("history").EnumerateArray().Select(e => (e.Str("to"), e.Str("actor"))).ToList();
        Assert.Equal([("proposed", "pay-sue"), ("open", "pay-ann"), ("proposed", "pay-ana"), ("rejected", "pay-sue")], history.Skip(1));

        using var admin = server.ClientAs(Role.Admin);
        var records = (await admin.GetJsonAsync($"/v1/audit?subject={alertId}&limit=100")).Body.GetProperty("records").EnumerateArray()
            .Where(r => r.Str("action").StartsWith("payment_alert.", StringComparison.Ordinal)).Select(r => (r.Str("action"), r.Str("actor"))).ToList();
        Assert.Equal([("payment_alert.propose", "pay-sue"), ("payment_alert.decline", "pay-ann"), ("payment_alert.propose", "pay-ana"), ("payment_alert.confirm", "pay-sue")],
            records);
        var raised = (await admin.GetJsonAsync("/v1/audit?action=payment_alert.raise&limit=1000")).Body.GetProperty("records").EnumerateArray();
        Assert.Contains(raised, r => r.GetProperty("outputs").EnumerateArray().Any(o => o.GetProperty("id").GetInt64() == alertId));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheQueue_FiltersByStateAndOutcome_AndRefusesBadFilters(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        (await analyst.GetJsonAsync("/v1/payments/alerts?state=frozen")).Is(HttpStatusCode.BadRequest);
        (await analyst.GetJsonAsync("/v1/payments/alerts?outcome=pass")).Is(HttpStatusCode.BadRequest);
        (await analyst.GetJsonAsync("/v1/payments/alerts?limit=0")).Is(HttpStatusCode.BadRequest);
        (await analyst.GetJsonAsync("/v1/payments/alerts/999999999")).Is(HttpStatusCode.NotFound);
        using var screener = servers.For(provider).ClientAs(Role.Screener);
        (await screener.GetJsonAsync("/v1/payments/alerts")).Is(HttpStatusCode.Forbidden);
        var id = NewId();
        await ScreenOneAsync(screener, Scenario("01-hold-creditor-kkbc.xml", id));
        var held = await analyst.GetJsonAsync($"/v1/payments/alerts?state=open&outcome=hold&message_id={id}");
        held.Is(HttpStatusCode.OK);
        Assert.Equal(1, held.Body.GetProperty("total").GetInt64());
        Assert.False(held.Body.GetProperty("alerts")[0].TryGetProperty("message", out _));
        Assert.Equal(0, (await analyst.GetJsonAsync($"/v1/payments/alerts?outcome=review&message_id={id}")).Body.GetProperty("total").GetInt64());
    }
}
