using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary><c>POST /v1/payments/screen</c> on the labelled payment scenarios, on both databases.</summary>
[Collection(ServersGroup.Name)]
public sealed class PaymentsApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    static string Scenario(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", file));

    [Theory, MemberData(nameof(Providers))]
    public async Task AHeldPacs008_NamesTheFieldAndTheBasis_AndIsAuditedWithTheVersionsUsed(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var response = await client.PostRawAsync("/v1/payments/screen", Scenario("01-hold-creditor-kkbc.xml"), "application/xml");
        response.Is(HttpStatusCode.OK);
        var message = Assert.Single(response.Body.GetProperty("messages").EnumerateArray());
        Assert.Equal("hold", message.Str("outcome"));
        Assert.Contains(message.GetProperty("hits").EnumerateArray(), h => h.Str("field") == "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr/Nm" && h.Str("ref") == "KPe.025");
        Assert.Contains(message.GetProperty("basis").EnumerateArray(), b => b.Str("resolution") == "1718" && b.Str("paragraph") == "8(d)");

        var audit = await client.PostRawAsync("/v1/payments/screen", Scenario("01-hold-creditor-kkbc.xml"), "text/xml");
        audit.Is(HttpStatusCode.OK);
        using var admin = servers.For(provider).ClientAs(Role.Admin);
        var records = await admin.GetJsonAsync($"/v1/audit?action=payments.screen&subject={Uri.EscapeDataString(message.Str("id")!)}");
        // Other scenarios share the base sample's message id: the record of this request is one of those with it.
        Assert.Contains(records.Body.GetProperty("records").EnumerateArray(), record =>
            record.Str("rulebook_version").StartsWith("un-dprk@sha256:", StringComparison.Ordinal)
            && record.GetProperty("list_versions").GetArrayLength() > 0
            && record.GetProperty("outputs")[0].Str("outcome") == "hold"
            && record.GetProperty("outputs")[0].Str("source") == "body");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnInnocentMt103_Passes(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var pass = File.ReadAllLines(Path.Combine(RepositoryPaths.TestData, "payments-scenarios", "manifest.jsonl"))
            .First(l => l.Contains("\"expected\": \"pass\"", StringComparison.Ordinal) && l.Contains(".fin\"", StringComparison.Ordinal));
        var file = System.Text.Json.JsonDocument.Parse(pass).RootElement.Str("file")!;
        var response = await client.PostRawAsync("/v1/payments/screen", Scenario(file), "text/plain");
        response.Is(HttpStatusCode.OK);
        var message = Assert.Single(response.Body.GetProperty("messages").EnumerateArray());
        Assert.Equal("pass", message.Str("outcome"));
        Assert.StartsWith("MT", message.Str("type"));
        Assert.Empty(message.GetProperty("hits").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AMessageThatCannotBeRead_Is400NamingThePlace_AndJsonIs415(string provider)
    {
        using var client = servers.For(provider).ClientAs(Role.Screener);
        var xml = Scenario("01-hold-creditor-kkbc.xml");
        var truncated = await client.PostRawAsync("/v1/payments/screen", xml[..(xml.Length / 2)], "application/xml");
        truncated.Is(HttpStatusCode.BadRequest);
        Assert.StartsWith("body:", truncated.Body.Str("detail"));
        var empty = await client.PostRawAsync("/v1/payments/screen", "", "application/xml");
        empty.Is(HttpStatusCode.BadRequest);
        var json = await client.PostRawAsync("/v1/payments/screen", "{}", "application/json");
        json.Is(HttpStatusCode.UnsupportedMediaType);
    }
}
