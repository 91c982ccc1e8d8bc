using System.Net;
using System.Text;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

[Collection(ServersGroup.Name)]
public sealed class CustomersAndAlertsApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    static string NewId() => $"c-{Guid.NewGuid():N}";

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateCustomer_ListedName_IsScreenedAndRaisesAnAlert(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var id = NewId();
        var created = await analyst.PostAsync("/v1/customers", new { id, name = "Ri Won Ho", type = "person", dob = "1964-07-17", nationality = "KP" });
        created.Is(HttpStatusCode.Created);
        Assert.Equal("created", created.Body.Str("outcome"));
        Assert.Equal(1, created.Body.GetProperty("customer").GetProperty("revision").GetInt32());
        Assert.Equal("KPi.033", created.Body.GetProperty("matches")[0].Str("ref"));
        var alertId = created.Body.GetProperty("alerts")[0].GetInt64();

        var alert = await analyst.GetJsonAsync($"/v1/alerts/{alertId}");
        alert.Is(HttpStatusCode.OK);
        Assert.Equal(id, alert.Body.Str("customer_id"));
        Assert.Equal("open", alert.Body.Str("state"));
        Assert.Equal("screening", alert.Body.Str("origin"));
        Assert.Equal("KPi.033", alert.Body.GetProperty("match").Str("ref"));
        Assert.Single(alert.Body.GetProperty("history").EnumerateArray());

        var listed = await analyst.GetJsonAsync($"/v1/alerts?customer_id={id}&state=open");
        listed.Is(HttpStatusCode.OK);
        Assert.Equal(1, listed.Body.GetProperty("total").GetInt64());

        var fetched = await analyst.GetJsonAsync($"/v1/customers/{id}");
        fetched.Is(HttpStatusCode.OK);
        Assert.Equal("Ri Won Ho", fetched.Body.Str("name"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Customers_ErrorsAreClear(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var id = NewId();
        (await analyst.PostAsync("/v1/customers", new { id, name = "Plain Person" })).Is(HttpStatusCode.Created);
        var duplicate = await analyst.PostAsync("/v1/customers", new { id, name = "Plain Person" });
        duplicate.Is(HttpStatusCode.Conflict);
        var invalid = await analyst.PostAsync("/v1/customers", new { id = "", name = "", dob = "someday", imo = "12" });
        invalid.Is(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "id", "name" }) Assert.True(invalid.Body.GetProperty("errors").TryGetProperty(field, out _), field);
        // A bad optional field does not keep a customer from being screened: it is left out, with a warning.
        var warned = await analyst.PostAsync("/v1/customers", new { id = NewId(), name = "Ri Won Ho", dob = "1974-01-32", imo = "12", nationality = "Atlantis" });
        warned.Is(HttpStatusCode.Created);
        foreach (var field in new[] { "dob", "imo", "nationality" }) Assert.Contains("field ignored", warned.Body.GetProperty("warnings").Str(field));
        Assert.False(warned.Body.GetProperty("customer").TryGetProperty("dob", out _));
        Assert.Equal("KPi.033", warned.Body.GetProperty("matches")[0].Str("ref"));
        (await analyst.PutAsync($"/v1/customers/{NewId()}", new { name = "Nobody" })).Is(HttpStatusCode.NotFound);
        (await analyst.PutAsync($"/v1/customers/{id}", new { id = "other", name = "Nobody" })).Is(HttpStatusCode.BadRequest);
        (await analyst.GetJsonAsync($"/v1/customers/{NewId()}")).Is(HttpStatusCode.NotFound);
        (await analyst.GetJsonAsync("/v1/customers?limit=5000")).Is(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task UpdateCustomer_ChangedName_IsScreenedAgain_UnchangedIsNot(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var id = NewId();
        (await analyst.PostAsync("/v1/customers", new { id, name = "Quiet Harbour Trading" })).Is(HttpStatusCode.Created);
        var same = await analyst.PutAsync($"/v1/customers/{id}", new { name = "Quiet Harbour Trading" });
        same.Is(HttpStatusCode.OK);
        Assert.Equal("unchanged", same.Body.Str("outcome"));
        var changed = await analyst.PutAsync($"/v1/customers/{id}", new { name = "Korea Mining Development Trading Corporation", type = "organization" });
        changed.Is(HttpStatusCode.OK);
        Assert.Equal("updated", changed.Body.Str("outcome"));
        Assert.Equal(2, changed.Body.GetProperty("customer").GetProperty("revision").GetInt32());
        Assert.NotEmpty(changed.Body.GetProperty("alerts").EnumerateArray());
        var page = await analyst.GetJsonAsync("/v1/customers?limit=1000");
        Assert.Contains(page.Body.GetProperty("customers").EnumerateArray(), c => c.Str("id") == id);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ImportCsv_ScreensRows_ReportsBadRowsByLine(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder("id,name,type,dob,nationality,country,imo\n")
            .Append(prefix).Append("-1,Ri Won Ho,person,1964,KP,,\n")
            .Append(prefix).Append("-2,Ordinary Bakery Ltd,organization,,,GB,\n")
            .Append(prefix).Append("-3,,person,,,,\n")
            .Append(prefix).Append("-4,Some Ship,vessel,,,,12\n")
            .ToString();
        var path = Path.Combine(Path.GetTempPath(), $"customers-{prefix}.csv");
        await File.WriteAllTextAsync(path, csv);
        try
        {
            var response = await analyst.UploadAsync("/v1/customers/import", path);
            response.Is(HttpStatusCode.OK);
            Assert.Equal(3, response.Body.GetProperty("created").GetInt64());
            Assert.Equal(1, response.Body.GetProperty("bad_rows").GetInt32());
            var messages = response.Body.GetProperty("bad_row_messages").EnumerateArray().Select(m => m.GetString()!).ToArray();
            Assert.StartsWith("line 4: name: the name is empty", messages.Single());
            Assert.Equal(1, response.Body.GetProperty("warnings").GetInt32());
            Assert.StartsWith("line 5: imo: '12' is not an IMO number", response.Body.GetProperty("warning_messages")[0].GetString());
            Assert.Equal(1, response.Body.GetProperty("alerts_raised").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
        var header = Path.Combine(Path.GetTempPath(), $"bad-header-{prefix}.csv");
        await File.WriteAllTextAsync(header, "customer,fullname\n1,x\n");
        try
        {
            var refused = await analyst.UploadAsync("/v1/customers/import", header);
            refused.Is(HttpStatusCode.BadRequest);
            Assert.Contains("line 1: the header has no 'id', 'name' column", refused.Body.Str("detail"));
        }
        finally
        {
            File.Delete(header);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ImportCsv_AnUnterminatedQuoteCostsItsRow_ABadDateOfBirthIsIgnoredAndTheNameScreened(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder("id;name;type;dob\n")
            .Append(prefix).Append("-0;Ri Won Ho;person;1974-01-32\n")
            .Append(prefix).Append("-x;\"Kim Jong Un;person;\n");
        for (var i = 1; i <= 10; i++) csv.Append(prefix).Append('-').Append(i).Append(";Ordinary Person ").Append(i).Append(prefix).Append(";person;\n");
        var path = Path.Combine(Path.GetTempPath(), $"quote-{prefix}.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        try
        {
            var response = await analyst.UploadAsync("/v1/customers/import", path);
            response.Is(HttpStatusCode.OK);
            Assert.Equal(11, response.Body.GetProperty("created").GetInt64());
            Assert.Equal(1, response.Body.GetProperty("bad_rows").GetInt32());
            Assert.StartsWith("line 3: a quote on this line is never closed", response.Body.GetProperty("bad_row_messages")[0].GetString());
            Assert.StartsWith("line 2: dob: date of birth '1974-01-32'", response.Body.GetProperty("warning_messages")[0].GetString());
            Assert.Equal(1, response.Body.GetProperty("alerts_raised").GetInt32()); // Ri Won Ho, screened without the date
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ImportCsv_AgainWithOneRowChanged_ScreensOnlyThatRow_AndARepeatedIdAsItsLastRow(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        string[] rows = [.. Enumerable.Range(1, 20).Select(i => $"{prefix}-{i},Ordinary Person {(char)('A' + i)}{prefix},person")];
        var path = Path.Combine(Path.GetTempPath(), $"nightly-{prefix}.csv");
        try
        {
            await File.WriteAllLinesAsync(path, ["id,name,type", .. rows]);
            var first = await analyst.UploadAsync("/v1/customers/import", path);
            first.Is(HttpStatusCode.OK);
            Assert.Equal(20, first.Body.GetProperty("screened").GetInt64());

            // The same file again: nothing changed, nothing is screened.
            var again = await analyst.UploadAsync("/v1/customers/import", path);
            again.Is(HttpStatusCode.OK);
            Assert.Equal(20, again.Body.GetProperty("unchanged").GetInt64());
            Assert.Equal(0, again.Body.GetProperty("screened").GetInt64());

            // One customer renamed, and an id given twice (the last row is the one stored and screened).
            rows[4] = $"{prefix}-5,Ri Won Ho,person";
            await File.WriteAllLinesAsync(path, ["id,name,type", .. rows, $"{prefix}-new,Ri Won Ho,person", $"{prefix}-new,Plain Harbour Bakery,organization"]);
            var changed = await analyst.UploadAsync("/v1/customers/import", path);
            changed.Is(HttpStatusCode.OK);
            Assert.Equal(2, changed.Body.GetProperty("screened").GetInt64());
            Assert.Equal(1, changed.Body.GetProperty("alerts_raised").GetInt32());
            var renamed = await analyst.GetJsonAsync($"/v1/alerts?customer_id={prefix}-5");
            Assert.Single(renamed.Body.GetProperty("alerts").EnumerateArray());
            var repeated = await analyst.GetJsonAsync($"/v1/alerts?customer_id={prefix}-new");
            Assert.Empty(repeated.Body.GetProperty("alerts").EnumerateArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FourEyes_ProposeConfirm_NobodyConfirmsTheirOwnProposal(string provider)
    {
        var server = servers.For(provider);
        var name = $"lead-{Guid.NewGuid():N}"[..20];
        using var lead = server.ClientAs(Role.Supervisor, name);
        using var other = server.ClientAs(Role.Supervisor);
        var created = await lead.PostAsync("/v1/customers", new { id = NewId(), name = "Ri Won Ho", type = "person" });
        var alertId = created.Body.GetProperty("alerts")[0].GetInt64();

        (await lead.PostAsync($"/v1/alerts/{alertId}/confirm", new { reason = "too early" })).Is(HttpStatusCode.Conflict);
        (await lead.PostAsync($"/v1/alerts/{alertId}/propose", new { outcome = "maybe", reason = "x" })).Is(HttpStatusCode.BadRequest);
        (await lead.PostAsync($"/v1/alerts/{alertId}/propose", new { outcome = "false_positive" })).Is(HttpStatusCode.BadRequest);
        var proposed = await lead.PostAsync($"/v1/alerts/{alertId}/propose", new { outcome = "false_positive", reason = "different date of birth" });
        proposed.Is(HttpStatusCode.OK);
        Assert.Equal("proposed", proposed.Body.Str("state"));

        var own = await lead.PostAsync($"/v1/alerts/{alertId}/confirm", new { reason = "agree with myself" });
        own.Is(HttpStatusCode.Forbidden);
        Assert.Contains("four-eyes", own.Body.Str("detail"));

        var rejected = await other.PostAsync($"/v1/alerts/{alertId}/reject", new { reason = "check the passport" });
        rejected.Is(HttpStatusCode.OK);
        Assert.Equal("open", rejected.Body.Str("state"));
        (await lead.PostAsync($"/v1/alerts/{alertId}/propose", new { outcome = "true_match", reason = "passport matches" })).Is(HttpStatusCode.OK);
        var confirmed = await other.PostAsync($"/v1/alerts/{alertId}/confirm", new { reason = "agreed" });
        confirmed.Is(HttpStatusCode.OK);
        Assert.Equal("confirmed_true_match", confirmed.Body.Str("state"));

        var history = await other.GetJsonAsync($"/v1/alerts/{alertId}");
        Assert.Equal(5, history.Body.GetProperty("history").GetArrayLength());
        var audit = await other.GetJsonAsync($"/v1/audit?subject={alertId}");
        Assert.Equal(["alert.propose", "alert.reject", "alert.propose", "alert.confirm"],
            audit.Body.GetProperty("records").EnumerateArray().Select(r => r.Str("action")).Where(a => a.StartsWith("alert.", StringComparison.Ordinal)));
        (await other.PostAsync("/v1/alerts/999999999/confirm", new { reason = "x" })).Is(HttpStatusCode.NotFound);
        (await other.GetJsonAsync("/v1/alerts/999999999")).Is(HttpStatusCode.NotFound);
        (await other.GetJsonAsync("/v1/alerts?state=pending")).Is(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ConfirmedFalsePositive_IsNotRaisedAgain_UntilTheCustomerChanges(string provider)
    {
        var server = servers.For(provider);
        using var analyst = server.ClientAs(Role.Analyst);
        using var supervisor = server.ClientAs(Role.Supervisor);
        var id = NewId();
        var created = await analyst.PostAsync("/v1/customers", new { id, name = "Ri Won Ho" });
        var alertId = created.Body.GetProperty("alerts")[0].GetInt64();
        (await analyst.PostAsync($"/v1/alerts/{alertId}/propose", new { outcome = "false_positive", reason = "a baker in Lyon" })).Is(HttpStatusCode.OK);
        (await supervisor.PostAsync($"/v1/alerts/{alertId}/confirm", new { reason = "agreed" })).Is(HttpStatusCode.OK);

        var renamedBack = await analyst.PutAsync($"/v1/customers/{id}", new { name = "Ri Won Ho", country = "FR" });
        renamedBack.Is(HttpStatusCode.OK);
        Assert.Equal("updated", renamedBack.Body.Str("outcome"));
        Assert.NotEmpty(renamedBack.Body.GetProperty("alerts").EnumerateArray()); // the customer changed: decided on other facts

        var open = await analyst.GetJsonAsync($"/v1/alerts?customer_id={id}&state=confirmed_false_positive");
        Assert.Equal(1, open.Body.GetProperty("total").GetInt64());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Audit_VerifiesIntact(string provider)
    {
        using var supervisor = servers.For(provider).ClientAs(Role.Supervisor);
        (await supervisor.PostAsync("/v1/screen", new { name = "Kim" })).Is(HttpStatusCode.OK);
        var verify = await supervisor.GetJsonAsync("/v1/audit/verify");
        verify.Is(HttpStatusCode.OK);
        Assert.True(verify.Body.GetProperty("valid").GetBoolean(), verify.Body.ToString());
        Assert.True(verify.Body.GetProperty("checked").GetInt64() > 0);
        (await supervisor.GetJsonAsync("/v1/audit?limit=0")).Is(HttpStatusCode.BadRequest);
        (await supervisor.GetJsonAsync("/v1/audit?from=tomorrow")).Is(HttpStatusCode.BadRequest);
    }
}
