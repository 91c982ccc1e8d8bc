using System.Net;
using System.Text;
using Interdict.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Interdict.Server.Tests;

/// <summary>The product as a user runs it: `interdict serve`, customers owned by companies that are not listed, then
/// list versions that add their parents — one whose name is the owner's (the UN list plus one entity), one that owns
/// the owner (OpenSanctions' data plus a listed company and its ownership of the owner) — and the alerts on the owned
/// customers with the chain in their explanation.</summary>
public sealed class OwnershipProcessTests(ITestOutputHelper output) : IDisposable
{
    readonly string _data = Directory.CreateTempSubdirectory("interdict-ownership-test-").FullName;

    const string Parent = "SINHUNG HOLDINGS CORPORATION";

    [Fact]
    public async Task AListUpdateThatAddsAParent_RaisesAnAlertOnTheOwnedCustomer_WithTheChain()
    {
        var keys = ProcessRunner.Run("keys", "create", "--role", "admin", "--name", "first-admin", "--data", _data);
        Assert.True(keys.ExitCode == 0, keys.Error);
        await using var server = await ServeProcess.StartAsync(_data, keys.Output.Trim());
        var client = server.Client;
        try
        {
            (await client.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2026)).Is(HttpStatusCode.OK);
            var zala = Path.Combine(RepositoryPaths.MoreLists, "opensanctions-ftm", "yente-zala_entities.ftm.json");
            (await client.UploadAsync("/v1/lists/import?date=2026-05-01", zala)).Is(HttpStatusCode.OK);

            var direct = await client.PostAsync("/v1/customers", new
            {
                id = "owned-direct", name = "Quiet Harbour Trading", type = "organization",
                owners = new object[] { new { name = "Sinhung Holdings Corp.", share = 60 }, new { name = "Anna Schmidt", share = 40 } },
            });
            direct.Is(HttpStatusCode.Created);
            Assert.Empty(direct.Body.GetProperty("alerts").EnumerateArray());
            var chained = await client.PostAsync("/v1/customers", new
            {
                id = "owned-chain", name = "Northern Lights Shipping", type = "organization",
                owners = new object[] { new { name = "Baltic Amber Trading Company", share = 60 } },
            });
            chained.Is(HttpStatusCode.Created);
            Assert.Empty(chained.Body.GetProperty("alerts").EnumerateArray());
            (await client.PostAsync("/v1/customers", new { id = "plain", name = "Plain Harbour Bakery", owners = new[] { new { name = "Bruno Keller", share = 100 } } }))
                .Is(HttpStatusCode.Created);

            // The UN list plus one entity, the owner's parent, a version later.
            var un = await File.ReadAllTextAsync(RepositoryPaths.UnList2026);
            var withParent = un.Replace("dateGenerated=\"2026-02-27T00:00:09.554Z\"", "dateGenerated=\"2026-03-15T00:00:00Z\"", StringComparison.Ordinal)
                .Replace("</ENTITIES>", $"""
                    <ENTITY>
                      <DATAID>9999001</DATAID>
                      <VERSIONNUM>1</VERSIONNUM>
                      <FIRST_NAME>{Parent}</FIRST_NAME>
                      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                      <REFERENCE_NUMBER>KPe.999</REFERENCE_NUMBER>
                      <LISTED_ON>2026-03-15</LISTED_ON>
                      <COMMENTS1>Crafted for the ownership process test.</COMMENTS1>
                      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
                      <ENTITY_ADDRESS><COUNTRY>Democratic People's Republic of Korea</COUNTRY></ENTITY_ADDRESS>
                      <SORT_KEY/>
                      <SORT_KEY_LAST_MOD/>
                    </ENTITY>
                  </ENTITIES>
                  """, StringComparison.Ordinal);
            Assert.NotEqual(un, withParent);
            var unPath = Path.Combine(_data, "un-with-parent.xml");
            await File.WriteAllTextAsync(unPath, withParent);
            var unUpdate = await client.UploadAsync("/v1/lists/import", unPath);
            unUpdate.Is(HttpStatusCode.OK);
            Assert.Equal(1, unUpdate.Body.GetProperty("diff").GetProperty("added").GetInt32());
            Assert.Contains(unUpdate.Body.GetProperty("alerts_raised").EnumerateArray(), a => a.Str("customer_id") == "owned-direct" && a.Str("ref") == "KPe.999");

            var alerts = await client.GetJsonAsync("/v1/alerts?customer_id=owned-direct");
            var alert = Assert.Single(alerts.Body.GetProperty("alerts").EnumerateArray());
            Assert.Equal("list_update", alert.Str("origin"));
            var detail = await client.GetJsonAsync($"/v1/alerts/{alert.GetProperty("id").GetInt64()}");
            var ownership = detail.Body.GetProperty("match").GetProperty("explanation").GetProperty("ownership");
            Assert.Equal($"owned 60 % by {Parent} (listed)", ownership.Str("chain"));
            Assert.Equal("Sinhung Holdings Corp.", ownership.Str("owner"));

            // OpenSanctions' data plus a listed company that owns all of the other customer's owner, a version later.
            var ftm = new StringBuilder(await File.ReadAllTextAsync(zala)).Append('\n')
                .AppendLine("""{"id": "test-chollima", "caption": "Chollima Holdings Group", "schema": "Company", "target": true, "datasets": ["test"], "properties": {"name": ["Chollima Holdings Group"], "country": ["kp"]}}""")
                .AppendLine("""{"id": "test-baltic-amber", "caption": "Baltic Amber Trading Co., Ltd.", "schema": "Company", "target": false, "datasets": ["test"], "properties": {"name": ["Baltic Amber Trading Co., Ltd."]}}""")
                .AppendLine("""{"id": "test-ownership", "caption": "Ownership", "schema": "Ownership", "target": false, "datasets": ["test"], "properties": {"owner": ["test-chollima"], "asset": ["test-baltic-amber"], "percentage": ["100"]}}""");
            var ftmPath = Path.Combine(_data, "zala-with-parent.ftm.json");
            await File.WriteAllTextAsync(ftmPath, ftm.ToString().Replace("\n\n", "\n", StringComparison.Ordinal));
            var ftmUpdate = await client.UploadAsync("/v1/lists/import?date=2026-06-01", ftmPath);
            ftmUpdate.Is(HttpStatusCode.OK);
            output.WriteLine(ftmUpdate.Body.ToString());
            Assert.Equal(1, ftmUpdate.Body.GetProperty("diff").GetProperty("added").GetInt32());

            var chainAlerts = await client.GetJsonAsync("/v1/alerts?customer_id=owned-chain");
            var chainAlert = Assert.Single(chainAlerts.Body.GetProperty("alerts").EnumerateArray());
            Assert.Equal(("list_update", "opensanctions"), (chainAlert.Str("origin"), chainAlert.Str("list")));
            var chainDetail = await client.GetJsonAsync($"/v1/alerts/{chainAlert.GetProperty("id").GetInt64()}");
            var chain = chainDetail.Body.GetProperty("match").GetProperty("explanation").GetProperty("ownership");
            Assert.Equal("owned 60 % by Baltic Amber Trading Company, itself owned 100 % by Chollima Holdings Group (listed)", chain.Str("chain"));
            Assert.Equal("Baltic Amber Trading Co., Ltd.", chain.Str("linked_as"));

            Assert.Equal(0, (await client.GetJsonAsync("/v1/alerts?customer_id=plain")).Body.GetProperty("total").GetInt64());
        }
        finally
        {
            output.WriteLine(server.Errors);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
