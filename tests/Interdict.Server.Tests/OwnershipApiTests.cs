using System.Net;
using System.Text;
using System.Text.Json;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>Customers with owners through the API and CSV: stored and echoed, screened through their owners with the
/// chain in the match and the alert, bad owner fields warned by name while the customer is still screened.</summary>
[Collection(ServersGroup.Name)]
public sealed class OwnershipApiTests(Servers servers)
{
    public static TheoryData<string> Providers => Postgres.Providers();

    const string Komid = "KOREA MINING DEVELOPMENT TRADING CORPORATION";

    static string NewId() => $"own-{Guid.NewGuid():N}";

    static JsonElement Ownership(JsonElement match) => match.GetProperty("explanation").GetProperty("ownership");

    [Theory, MemberData(nameof(Providers))]
    public async Task ACustomerOwnedByAListedCompany_RaisesAnAlertNamingTheChain(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var id = NewId();
        var created = await analyst.PostAsync("/v1/customers", new
        {
            id, name = "Quiet Harbour Trading", type = "organization",
            owners = new object[] { new { name = "Korea Mining Development Trading Corp", share = 60 }, new { name = "Anna Schmidt", share = 40, identifiers = new { bic = "DEUTDEFF" } } },
        });
        created.Is(HttpStatusCode.Created);
        Assert.False(created.Body.TryGetProperty("warnings", out _));
        var match = Assert.Single(created.Body.GetProperty("matches").EnumerateArray());
        Assert.Equal("KPe.001", match.Str("ref"));
        Assert.Equal("owned", Ownership(match).Str("kind"));
        Assert.Equal($"owned 60 % by {Komid} (listed)", Ownership(match).Str("chain"));
        Assert.Equal(60, Ownership(match).GetProperty("aggregate_share").GetDecimal());
        Assert.Equal(50, Ownership(match).GetProperty("threshold").GetDecimal());
        Assert.Equal("Korea Mining Development Trading Corp", Ownership(match).Str("owner"));
        Assert.StartsWith($"owned 60 % by {Komid} (listed); owner", match.GetProperty("explanation").Str("summary"));

        var alert = await analyst.GetJsonAsync($"/v1/alerts/{created.Body.GetProperty("alerts")[0].GetInt64()}");
        Assert.Equal("KPe.001", alert.Body.GetProperty("match").Str("ref"));
        Assert.Equal($"owned 60 % by {Komid} (listed)", Ownership(alert.Body.GetProperty("match")).Str("chain"));

        var stored = await analyst.GetJsonAsync($"/v1/customers/{id}");
        var owners = stored.Body.GetProperty("owners").EnumerateArray().ToArray();
        Assert.Equal(("Korea Mining Development Trading Corp", 60m), (owners[0].Str("name"), owners[0].GetProperty("share").GetDecimal()));
        Assert.Equal("DEUTDEFF", owners[1].GetProperty("identifiers").Str("bic"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AListedMinorityOwner_IsNoHit_AndAnUpdateThatMakesItAMajorityIs(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var id = NewId();
        var minority = await analyst.PostAsync("/v1/customers", new { id, name = "Quiet Harbour Trading", owners = new[] { new { name = Komid, share = 30 } } });
        minority.Is(HttpStatusCode.Created);
        Assert.Empty(minority.Body.GetProperty("matches").EnumerateArray());

        var majority = await analyst.PutAsync($"/v1/customers/{id}", new { name = "Quiet Harbour Trading", owners = new[] { new { name = Komid, share = 50.5 } } });
        majority.Is(HttpStatusCode.OK);
        Assert.Equal("updated", majority.Body.Str("outcome"));
        Assert.Equal($"owned 50.5 % by {Komid} (listed)", Ownership(majority.Body.GetProperty("matches")[0]).Str("chain"));
        Assert.Single(majority.Body.GetProperty("alerts").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task BadOwnerFields_AreWarnedByName_AndTheCustomerIsStillScreened(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var id = NewId();
        var created = await analyst.PostAsync("/v1/customers", new
        {
            id, name = "Ri Won Ho", type = "person",
            owners = new object[]
            {
                new { name = Komid, share = 150 },
                new { name = "", share = 10 },
                new { name = "Anna Schmidt", share = "abc", identifiers = new { imo = "12" } },
                "not an owner",
                new { name = "Bruno Keller", percent = 5 },
            },
        });
        created.Is(HttpStatusCode.Created);
        var warnings = created.Body.GetProperty("warnings");
        Assert.StartsWith("'150' is not a share: a percentage from 0 to 100", warnings.Str("owners[0].share"));
        Assert.StartsWith("the name is empty", warnings.Str("owners[1].name"));
        Assert.StartsWith("'abc' is not a share", warnings.Str("owners[2].share"));
        Assert.StartsWith("'12' is not an IMO number", warnings.Str("owners[2].identifiers.imo"));
        Assert.StartsWith("must be an object", warnings.Str("owners[3]"));
        Assert.StartsWith("not a field of an owner", warnings.Str("owners[4].percent"));
        // Screened on its own name; the owner with a bad share is screened too, its holding unknown: control, noted.
        var matches = created.Body.GetProperty("matches").EnumerateArray().ToArray();
        Assert.Contains(matches, m => m.Str("ref") == "KPi.033" && !m.GetProperty("explanation").TryGetProperty("ownership", out _));
        var noted = Assert.Single(matches, m => m.Str("ref") == "KPe.001");
        Assert.Equal(("controlled", $"controlled by {Komid} (listed)"), (Ownership(noted).Str("kind"), Ownership(noted).Str("chain")));
        Assert.Equal(2, created.Body.GetProperty("alerts").GetArrayLength());
        var stored = await analyst.GetJsonAsync($"/v1/customers/{id}");
        Assert.Equal([Komid, "Anna Schmidt", "Bruno Keller"], stored.Body.GetProperty("owners").EnumerateArray().Select(o => o.Str("name")));

        var notAnArray = await analyst.PostAsync("/v1/customers", new { id = NewId(), name = "Ri Won Ho", owners = "KOMID" });
        notAnArray.Is(HttpStatusCode.Created);
        Assert.StartsWith("must be an array", notAnArray.Body.GetProperty("warnings").Str("owners"));
        Assert.Equal("KPi.033", notAnArray.Body.GetProperty("matches")[0].Str("ref"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ImportCsv_OwnersCell_IsScreened_AndBadOwnerFieldsNameTheLine(string provider)
    {
        using var analyst = servers.For(provider).ClientAs(Role.Analyst);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder("id,name,type,owners\n")
            .Append(prefix).Append($"-1,Quiet Harbour Trading,organization,{Komid}=60%|Anna Schmidt=40=bic:DEUTDEFF\n")
            .Append(prefix).Append("-2,Ordinary Bakery Ltd,organization,Anna Schmidt=abc|Bruno Keller=150\n")
            .Append(prefix).Append($"-3,Ri Won Ho,person,=50|{Komid}=20=imo:12\n")
            .ToString();
        var path = Path.Combine(Path.GetTempPath(), $"owners-{prefix}.csv");
        await File.WriteAllTextAsync(path, csv);
        try
        {
            var response = await analyst.UploadAsync("/v1/customers/import", path);
            response.Is(HttpStatusCode.OK);
            Assert.Equal(3, response.Body.GetProperty("created").GetInt64());
            Assert.Equal(0, response.Body.GetProperty("bad_rows").GetInt32());
            var warnings = response.Body.GetProperty("warning_messages").EnumerateArray().Select(m => m.GetString()!).ToArray();
            Assert.Contains(warnings, w => w.StartsWith("line 3: owners[0].share: 'abc' is not a share", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.StartsWith("line 3: owners[1].share: '150' is not a share", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.StartsWith("line 4: owners[0].name: the name is empty", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.StartsWith("line 4: owners[1].identifiers.imo: '12' is not an IMO number", StringComparison.Ordinal));
            // The owned company, and Ri Won Ho on his own name (his listed 20 % owner is a minority: no ownership hit).
            Assert.Equal(2, response.Body.GetProperty("alerts_raised").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
        var owned = await analyst.GetJsonAsync($"/v1/alerts?customer_id={prefix}-1");
        var alert = Assert.Single(owned.Body.GetProperty("alerts").EnumerateArray());
        Assert.Equal("KPe.001", alert.Str("ref"));
        var stored = await analyst.GetJsonAsync($"/v1/customers/{prefix}-1");
        Assert.Equal("DEUTDEFF", stored.Body.GetProperty("owners")[1].GetProperty("identifiers").Str("bic"));
        Assert.Equal(60, stored.Body.GetProperty("owners")[0].GetProperty("share").GetDecimal());
    }
}
