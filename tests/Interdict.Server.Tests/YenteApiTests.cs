using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>The yente-compatible endpoints driven as yente's own documentation and tests drive yente
/// (opensanctions/yente: the docstring of <c>POST /match</c>, tests/test_match.py, tests/test_search.py and the
/// <c>assert_entity_shape</c> of tests/conftest.py): persons, companies and vessels, with and without birth dates and
/// countries, each answer checked field by field. One server with the bundled UN list and OFAC's SDN list (for its vessels).</summary>
public sealed class YenteApiTests(YenteApiTests.Lists lists) : IClassFixture<YenteApiTests.Lists>
{
    /// <summary>A server serving the UN list (bundled) and OFAC's SDN CSV (imported, dated 2021-06-01).</summary>
    public sealed class Lists : IAsyncLifetime
    {
        internal ServerFactory Server { get; } = new("sqlite");

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            using var admin = Server.ClientAs(Role.Admin);
            using var form = new MultipartFormDataContent();
            foreach (var file in Directory.GetFiles(RepositoryPaths.OfacFolder))
            {
                form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "file", Path.GetFileName(file));
            }
            using var imported = await admin.PostAsync("/v1/lists/import?date=2021-06-01", form);
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
            Client = Server.ClientAs(Role.Screener);
        }

        public Task DisposeAsync()
        {
            Client.Dispose();
            Server.Dispose();
            return Task.CompletedTask;
        }
    }

    HttpClient Client => lists.Client;

    /// <summary>yente's wire form of first_seen, last_seen and last_change: seconds, no zone (tests/conftest.py).</summary>
    static readonly Regex IsoSecondsNoZone = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$");

    /// <summary>yente's <c>assert_entity_shape</c>: every key of an EntityResponse, each of its type.</summary>
    static void AssertEntityShape(JsonElement entity)
    {
        foreach (var key in new[] { "id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen", "last_seen", "last_change" })
        {
            Assert.True(entity.TryGetProperty(key, out _), $"no {key} in {entity}");
        }
        Assert.False(string.IsNullOrEmpty(entity.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(entity.GetProperty("caption").GetString()));
        Assert.Equal(JsonValueKind.Object, entity.GetProperty("properties").ValueKind);
        foreach (var property in entity.GetProperty("properties").EnumerateObject())
        {
            Assert.Equal(JsonValueKind.Array, property.Value.ValueKind);
            foreach (var value in property.Value.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.Object) AssertEntityShape(value);
                else Assert.Equal(JsonValueKind.String, value.ValueKind);
            }
        }
        Assert.All(entity.GetProperty("datasets").EnumerateArray(), d => Assert.Matches("^[a-z0-9_]+$", d.GetString()));
        Assert.Equal(JsonValueKind.Array, entity.GetProperty("referents").ValueKind);
        Assert.True(entity.GetProperty("target").ValueKind is JsonValueKind.True or JsonValueKind.False);
        foreach (var key in new[] { "first_seen", "last_seen", "last_change" })
        {
            var value = entity.GetProperty(key);
            if (value.ValueKind != JsonValueKind.Null) Assert.Matches(IsoSecondsNoZone, value.GetString());
        }
    }

    static string[] Values(JsonElement entity, string property) =>
        [.. entity.GetProperty("properties").GetProperty(property).EnumerateArray().Select(v => v.GetString()!)];

    Task<(HttpStatusCode Status, JsonElement Body)> MatchAsync(string body, string query = "") => Client.PostRawAsync($"/match/default{query}", body);

    [Fact]
    public async Task Match_PersonWithBirthDateAndNationality_RiWonHoFirst_EveryFieldOfYentesAnswer()
    {
        // The first example of yente's docstring, with a DPRK official listed by the UN.
        var (status, body) = await MatchAsync("""
            {"queries": {"entity1": {"schema": "Person", "properties": {"name": ["Ri Won Ho"], "birthDate": ["1964-07-17"], "nationality": ["kp"]}}}}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["responses", "matcher", "limit"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, body.GetProperty("limit").GetInt32());
        Assert.True(body.GetProperty("matcher").GetProperty("name").TryGetProperty("coefficient", out _));
        var response = body.GetProperty("responses").GetProperty("entity1");
        Assert.Equal(["status", "results", "total", "query"], response.EnumerateObject().Select(p => p.Name));
        Assert.Equal(200, response.GetProperty("status").GetInt32());
        Assert.Equal("eq", response.GetProperty("total").GetProperty("relation").GetString());
        Assert.True(response.GetProperty("total").GetProperty("value").GetInt32() >= 1);
        var query = response.GetProperty("query");
        Assert.Equal("Person", query.GetProperty("schema").GetString());
        Assert.Equal(["kp"], Values(query, "nationality"));
        Assert.Equal(["1964-07-17"], Values(query, "birthDate"));

        // OFAC lists him too (ofac-19609): each listing is a result of its own, both at the top.
        var results = response.GetProperty("results").EnumerateArray().ToArray();
        Assert.Contains(results, r => r.GetProperty("id").GetString() == "ofac-19609");
        var ri = results.Single(r => r.GetProperty("id").GetString() == "un-KPi.033");
        Assert.Equal(results[0].GetProperty("score").GetDouble(), ri.GetProperty("score").GetDouble());
        AssertEntityShape(ri);
        Assert.Equal(["id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen", "last_seen", "last_change", "score", "features", "explanations", "match"],
            ri.EnumerateObject().Select(p => p.Name));
        Assert.Equal("un-KPi.033", ri.GetProperty("id").GetString());
        Assert.Equal("RI WON HO", ri.GetProperty("caption").GetString());
        Assert.Equal("Person", ri.GetProperty("schema").GetString());
        Assert.Equal(["RI WON HO"], Values(ri, "name"));
        Assert.Equal(["1964-07-17"], Values(ri, "birthDate"));
        Assert.Equal(["kp"], Values(ri, "nationality"));
        Assert.Equal(["381310014"], Values(ri, "passportNumber"));
        Assert.Equal(["sanction"], Values(ri, "topics"));
        Assert.Equal(["un"], ri.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(ri.GetProperty("referents").EnumerateArray());
        Assert.True(ri.GetProperty("target").GetBoolean());
        Assert.Equal("2016-11-30T00:00:00", ri.GetProperty("first_seen").GetString());
        Assert.Equal("2016-11-30T00:00:00", ri.GetProperty("last_change").GetString());
        Assert.StartsWith("2026-02-27T", ri.GetProperty("last_seen").GetString(), StringComparison.Ordinal);
        var score = ri.GetProperty("score").GetDouble();
        Assert.InRange(score, 0.95, 1.0);
        Assert.True(ri.GetProperty("match").GetBoolean());
        // The name's score and what the date of birth and the nationality added, as features and as explanations.
        var features = ri.GetProperty("features");
        Assert.Equal(1.0, features.GetProperty("name").GetDouble());
        Assert.True(features.TryGetProperty("date_of_birth", out _), features.ToString());
        var name = ri.GetProperty("explanations").GetProperty("name");
        Assert.Equal("RI WON HO", name.GetProperty("candidate").GetString());
        Assert.Contains("primary name \"RI WON HO\"", name.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_PersonWithoutBirthDate_CountryAsAString_AsYentesTestsSendIt()
    {
        // yente's tests send "country": "Russia", a string, and expect it echoed as the list ["ru"].
        var (status, body) = await MatchAsync("""{"queries": {"vv": {"schema": "Person", "properties": {"name": "Ri Won Ho", "country": "North Korea"}}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var response = body.GetProperty("responses").GetProperty("vv");
        Assert.Equal(["kp"], Values(response.GetProperty("query"), "country"));
        Assert.Equal(["Ri Won Ho"], Values(response.GetProperty("query"), "name"));
        var first = response.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "un-KPi.033");
        Assert.False(first.GetProperty("features").TryGetProperty("date_of_birth", out _));
        Assert.True(first.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Match_ABirthDateThatDisagrees_LowersTheScore()
    {
        var (_, agreeing) = await MatchAsync("""{"queries": {"q": {"schema": "Person", "properties": {"name": ["Ri Won Ho"], "birthDate": ["1964-07-17"]}}}}""");
        var (_, disagreeing) = await MatchAsync("""{"queries": {"q": {"schema": "Person", "properties": {"name": ["Ri Won Ho"], "birthDate": ["1990-01-01"]}}}}""", "?threshold=0.5");

        double ScoreOf(JsonElement body) => body.GetProperty("responses").GetProperty("q").GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "un-KPi.033").GetProperty("score").GetDouble();
        Assert.True(ScoreOf(disagreeing) < ScoreOf(agreeing), $"{ScoreOf(disagreeing)} vs {ScoreOf(agreeing)}");
    }

    [Fact]
    public async Task Match_CompanyByNameAndJurisdiction_Komid_AndByItsAlias()
    {
        var (status, body) = await Client.PostRawAsync("/match/un", """
            {"queries": {
              "entity2": {"schema": "Company", "properties": {"name": ["Korea Mining Development Trading Corporation"], "jurisdiction": ["kp"]}},
              "alias": {"schema": "Organization", "properties": {"name": ["KOMID"], "country": ["kp"]}}
            }}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var komid = body.GetProperty("responses").GetProperty("entity2").GetProperty("results")[0];
        AssertEntityShape(komid);
        Assert.Equal("un-KPe.001", komid.GetProperty("id").GetString());
        Assert.Equal("Organization", komid.GetProperty("schema").GetString());
        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.GetProperty("caption").GetString());
        Assert.Contains("\"KOMID\"", Values(komid, "alias"));
        Assert.Contains("kp", Values(komid, "country"));
        Assert.Contains("Central District, Pyongyang, Democratic People's Republic of Korea", Values(komid, "address"));
        Assert.Equal("2009-04-24T00:00:00", komid.GetProperty("first_seen").GetString());
        Assert.Equal(1.0, komid.GetProperty("score").GetDouble());
        var byAlias = body.GetProperty("responses").GetProperty("alias").GetProperty("results");
        Assert.Contains(byAlias.EnumerateArray(), r => r.GetProperty("id").GetString() == "un-KPe.001");
    }

    [Fact]
    public async Task Match_VesselByNameImoAndFlag_ChongChonGang_FromOfac()
    {
        var (status, body) = await MatchAsync("""{"queries": {"ship": {"schema": "Vessel", "properties": {"name": ["Chong Chon Gang"], "imoNumber": ["IMO 7937317"], "flag": ["kp"]}}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var ship = body.GetProperty("responses").GetProperty("ship").GetProperty("results")[0];
        AssertEntityShape(ship);
        Assert.Equal("ofac-17069", ship.GetProperty("id").GetString());
        Assert.Equal("Vessel", ship.GetProperty("schema").GetString());
        Assert.Equal("CHONG CHON GANG", ship.GetProperty("caption").GetString());
        Assert.Equal(["7937317"], Values(ship, "imoNumber"));
        Assert.Equal(["kp"], Values(ship, "flag"));
        Assert.Equal(["ofac"], ship.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(1.0, ship.GetProperty("score").GetDouble());
        Assert.True(ship.GetProperty("features").TryGetProperty("identifier", out _));
        // A misspelt name with the right IMO number: the number decides.
        var (_, misspelt) = await MatchAsync("""{"queries": {"ship": {"schema": "Vessel", "properties": {"name": ["Chong Chun Kang"], "imoNumber": ["7937317"]}}}}""");
        Assert.Equal("ofac-17069", misspelt.GetProperty("responses").GetProperty("ship").GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Match_DatasetsInThePathAndFilters_NarrowTheLists()
    {
        const string ship = """{"queries": {"ship": {"schema": "Vessel", "properties": {"name": ["Chong Chon Gang"]}}}}""";
        async Task<bool> FindsTheShip(string path)
        {
            var (status, body) = await Client.PostRawAsync(path, ship);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {body}");
            return body.GetProperty("responses").GetProperty("ship").GetProperty("results").EnumerateArray().Any(r => r.GetProperty("id").GetString() == "ofac-17069");
        }

        Assert.True(await FindsTheShip("/match/default"));
        Assert.True(await FindsTheShip("/match/ofac"));
        Assert.True(await FindsTheShip("/match/us_ofac_sdn"), "OpenSanctions' name of the SDN list");
        Assert.False(await FindsTheShip("/match/un"));
        Assert.False(await FindsTheShip("/match/default?exclude_dataset=ofac"));
        Assert.False(await FindsTheShip("/match/default?include_dataset=ae_local_terrorists&include_dataset=mx_governors"));
        Assert.True(await FindsTheShip("/match/default?include_dataset=ofac&include_dataset=mx_governors"));
        Assert.False(await FindsTheShip("/match/default?include_dataset=ofac&exclude_dataset=ofac"));
        Assert.False(await FindsTheShip("/match/default?topics=crime.cyber"));
        Assert.True(await FindsTheShip("/match/default?topics=sanction"));
        Assert.False(await FindsTheShip("/match/default?exclude_entity_ids=ofac-17069"));
        Assert.False(await FindsTheShip("/match/default?exclude_schema=Vessel"));
        Assert.False(await FindsTheShip("/match/default?changed_since=2099-01-01T00:00"));
    }

    [Fact]
    public async Task Match_LimitThresholdAndTheQuerysId_AsYenteTakesThem()
    {
        var (status, body) = await MatchAsync("""{"queries": {"no1": {"id": "my-customer-7", "schema": "Person", "properties": {"name": ["Kim Chol"]}}}}""", "?limit=2&threshold=0.95&cutoff=0.5&algorithm=logic-v2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("limit").GetInt32());
        var response = body.GetProperty("responses").GetProperty("no1");
        Assert.Equal("my-customer-7", response.GetProperty("query").GetProperty("id").GetString());
        var results = response.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(2, results.Length);
        Assert.True(response.GetProperty("total").GetProperty("value").GetInt32() > 2);
        Assert.All(results, r => Assert.Equal(r.GetProperty("score").GetDouble() >= 0.95, r.GetProperty("match").GetBoolean()));
        Assert.True(results[0].GetProperty("score").GetDouble() >= results[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Match_RequestsYenteRefuses_AreRefusedWithItsStatusAndADetail()
    {
        const string person = """{"queries": {"vv": {"schema": "Person", "properties": {"name": ["Ri Won Ho"]}}}}""";
        async Task Refused(HttpStatusCode expected, string body, string path = "/match/default", string contains = "")
        {
            var (status, answer) = await Client.PostRawAsync(path, body);
            Assert.True(expected == status, $"{path} {body}: {status} {answer}");
            Assert.Contains(contains, answer.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await Refused(HttpStatusCode.NotFound, person, "/match/banana", "No such dataset");
        await Refused(HttpStatusCode.UnprocessableEntity, """{"queries": {"fail": {"properties": {"name": "Banana"}}}}""", contains: "schema");
        await Refused(HttpStatusCode.BadRequest, """{"queries": {"fail": {"schema": "xxx", "properties": {"name": "Banana"}}}}""", contains: "Cannot parse example entity");
        await Refused(HttpStatusCode.BadRequest, """{"queries": {"fail": {"schema": "Address", "properties": {"full": "Pyongyang"}}}}""", contains: "not a party");
        await Refused(HttpStatusCode.BadRequest, """{"queries": {"fail": {"schema": "Person", "properties": {"nationality": ["kp"]}}}}""", contains: "no name");
        await Refused(HttpStatusCode.BadRequest, """{"queries": {}}""", contains: "No queries provided.");
        await Refused(HttpStatusCode.UnprocessableEntity, """{"query": {}}""", contains: "queries");
        await Refused(HttpStatusCode.BadRequest, person, "/match/default?algorithm=neural-net", "Invalid algorithm");
        await Refused(HttpStatusCode.BadRequest, """{"queries": {"vv": {"schema": "Person", "properties": {"name": ["Ri Won Ho"]}}}, "config": {"nm_number_mismatch": 0.4}}""", contains: "Invalid configuration parameter");
        await Refused(HttpStatusCode.UnprocessableEntity, person, "/match/default?limit=10000", "limit");
        await Refused(HttpStatusCode.UnprocessableEntity, person, "/match/default?threshold=high", "threshold");
        await Refused(HttpStatusCode.BadRequest, """{"queries": {"q": {"schema": "Person", "properties": {"name": ["Ri Won Ho"], "birthDate": ["17 July 1964"]}}}}""", contains: "birthDate");
        // Without a key: refused as every screening endpoint refuses it.
        using var anonymous = lists.Server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostRawAsync("/match/default", person)).Status);
    }

    [Fact]
    public async Task Search_ByName_KomidFirst_WithFacetsTotalLimitAndOffset()
    {
        var (status, body) = await Client.GetJsonAsync("/search/un_sc_sanctions?q=Korea%20Mining%20Development%20Trading%20Corporation");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["results", "facets", "total", "limit", "offset"], body.EnumerateObject().Select(p => p.Name));
        var first = body.GetProperty("results")[0];
        AssertEntityShape(first);
        Assert.Equal("un-KPe.001", first.GetProperty("id").GetString());
        Assert.False(first.TryGetProperty("score", out _), "search results are entities, without scores");
        Assert.Equal(10, body.GetProperty("limit").GetInt32());
        Assert.Equal(0, body.GetProperty("offset").GetInt32());
        var facets = body.GetProperty("facets");
        Assert.Equal(["countries", "topics", "datasets"], facets.EnumerateObject().Select(f => f.Name));
        Assert.Contains(facets.GetProperty("countries").GetProperty("values").EnumerateArray(), v => v.GetProperty("name").GetString() == "kp");
        Assert.Equal("sanction", facets.GetProperty("topics").GetProperty("values")[0].GetProperty("name").GetString());

        var (_, kp) = await Client.GetJsonAsync("/search/un?q=Korea%20Mining%20Development&countries=kp");
        Assert.Equal("un-KPe.001", kp.GetProperty("results")[0].GetProperty("id").GetString());
        var (_, kenya) = await Client.GetJsonAsync("/search/default?q=Korea%20Mining%20Development&countries=ke");
        Assert.Equal(0, kenya.GetProperty("total").GetProperty("value").GetInt32());
        var (_, persons) = await Client.GetJsonAsync("/search/default?q=Korea%20Mining%20Development&schema=Person");
        Assert.DoesNotContain(persons.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == "un-KPe.001");
        var (_, deep) = await Client.GetJsonAsync("/search/default?q=Korea%20Mining&offset=100");
        Assert.Equal(0, deep.GetProperty("results").GetArrayLength());
        Assert.Equal(100, deep.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Search_WithoutText_BrowsesTheDataset_AndRefusesWhatYenteRefuses()
    {
        var (_, un) = await Client.GetJsonAsync("/search/un?limit=3");
        Assert.Equal(3, un.GetProperty("results").GetArrayLength());
        Assert.True(un.GetProperty("total").GetProperty("value").GetInt32() > 900, un.GetProperty("total").ToString());
        Assert.All(un.GetProperty("results").EnumerateArray(), r => Assert.Equal("un", r.GetProperty("datasets")[0].GetString()));
        var (_, vessels) = await Client.GetJsonAsync("/search/default?schema=Vessel&limit=500");
        Assert.All(vessels.GetProperty("results").EnumerateArray(), r => Assert.Equal("Vessel", r.GetProperty("schema").GetString()));
        Assert.Contains(vessels.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == "ofac-17069");

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetJsonAsync("/search/banana")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetJsonAsync("/search/default?q=ri&schema=Banana")).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Client.GetJsonAsync("/search/default?q=ri&limit=10000")).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Client.GetJsonAsync("/search/default?q=ri&offset=9999")).Status);
        var (addressStatus, addresses) = await Client.GetJsonAsync("/search/default?schema=Address");
        Assert.Equal(HttpStatusCode.OK, addressStatus);
        Assert.Equal(0, addresses.GetProperty("total").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Entity_ById_TheSameEntityMatchAnswered_WithItsSanctionNested()
    {
        var (status, ri) = await Client.GetJsonAsync("/entities/un-KPi.033");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertEntityShape(ri);
        Assert.Equal("un-KPi.033", ri.GetProperty("id").GetString());
        Assert.Equal(["1964-07-17"], Values(ri, "birthDate"));
        var sanction = Assert.Single(ri.GetProperty("properties").GetProperty("sanctions").EnumerateArray());
        Assert.Equal("Sanction", sanction.GetProperty("schema").GetString());
        Assert.Equal(["DPRK"], Values(sanction, "programId"));
        Assert.Equal(["2016-11-30"], Values(sanction, "listingDate"));
        Assert.Equal(["un-KPi.033"], Values(sanction, "entity"));

        var (_, flat) = await Client.GetJsonAsync("/entities/un-KPi.033?nested=false");
        Assert.False(flat.GetProperty("properties").TryGetProperty("sanctions", out _));
        var (missing, detail) = await Client.GetJsonAsync("/entities/un-XXi.999");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Contains("No such entity", detail.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_GhorbNooh_ItsOwnerAndTheCompaniesItOwns_NestedAsFtmOwnerships()
    {
        var (status, ghorbNooh) = await Client.GetJsonAsync("/entities/un-IRe.024");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertEntityShape(ghorbNooh);
        // Owned or controlled by KAA: an Ownership naming Ghorb Nooh as its asset, with KAA nested as its owner.
        var owned = Assert.Single(ghorbNooh.GetProperty("properties").GetProperty("ownershipAsset").EnumerateArray());
        Assert.Equal("Ownership", owned.GetProperty("schema").GetString());
        Assert.Equal(["un-IRe.024"], Values(owned, "asset"));
        var owner = Assert.Single(owned.GetProperty("properties").GetProperty("owner").EnumerateArray());
        Assert.Equal("un-IRe.036", owner.GetProperty("id").GetString());
        Assert.Equal("KHATAM AL-ANBIYA CONSTRUCTION HEADQUARTERS (KAA)", owner.GetProperty("caption").GetString());
        Assert.Equal(["Owned or controlled by"], Values(owned, "role"));
        Assert.Equal(["Owned or controlled by KAA."], Values(owned, "description"));
        // And it owns three: Hara Company, Omran Sahel, Sahel Consultant Engineers.
        var owns = ghorbNooh.GetProperty("properties").GetProperty("ownershipOwner").EnumerateArray()
            .Select(o => o.GetProperty("properties").GetProperty("asset")[0].GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["un-IRe.025", "un-IRe.048", "un-IRe.062"], owns);

        var (_, entry) = await Client.GetJsonAsync("/v1/lists/un/entries/IRe.024");
        var link = entry.GetProperty("entry").GetProperty("links").EnumerateArray().Single(l => l.Str("kind") == "owned_by");
        Assert.Equal("IRe.036", link.Str("reference"));
        Assert.Equal("Owned or controlled by KAA.", link.Str("quote"));
    }
}
