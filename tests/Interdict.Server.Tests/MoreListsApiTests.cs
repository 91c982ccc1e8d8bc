using System.Net;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>The newer list formats through the HTTP API: uploaded to <c>POST /v1/lists/import</c>, served under their list
/// ids by <c>GET /v1/lists</c> and <c>POST /v1/screen</c>, and an entry's links shown by
/// <c>GET /v1/lists/{source}/entries/{reference}</c>. A server of its own: the lists it loads would change other tests' hits.</summary>
public sealed class MoreListsApiTests
{
    [Fact]
    public async Task Import_FtmAndUk_AreServedScreenedAndTheirLinksShown()
    {
        using var server = new ServerFactory("sqlite");
        using var admin = server.ClientAs(Role.Admin);

        // OpenSanctions' entity file carries no date: it is given as the query parameter.
        var ftm = await admin.UploadAsync("/v1/lists/import?date=2026-05-01", Path.Combine(RepositoryPaths.MoreLists, "opensanctions-ftm", "yente-zala_entities.ftm.json"));
        ftm.Is(HttpStatusCode.OK);
        Assert.Equal("opensanctions", ftm.Body.Str("source"));
        Assert.Equal(14, ftm.Body.GetProperty("entries").GetInt32());
        (await admin.UploadAsync("/v1/lists/import", Path.Combine(RepositoryPaths.MoreLists, "uk", "uk-fcdo-sanctions-list_2026-09-10_extract.xml"))).Is(HttpStatusCode.OK);

        var lists = await admin.GetJsonAsync("/v1/lists");
        Assert.Equal(["opensanctions", "uk", "un"], lists.Body.GetProperty("lists").EnumerateArray().Select(l => l.Str("source")).Order(StringComparer.Ordinal));

        var screen = await admin.PostAsync("/v1/screen", new { name = "Mohammad Hassan Akhund", lists = new[] { "un", "uk" } });
        screen.Is(HttpStatusCode.OK);
        var matches = screen.Body.GetProperty("matches").EnumerateArray().Select(m => (m.Str("list"), m.Str("ref"))).ToArray();
        Assert.Contains(("un", "TAi.002"), matches);
        Assert.Contains(("uk", "AFG0006"), matches);

        var entry = await admin.GetJsonAsync("/v1/lists/opensanctions/entries/NK-abdzbEBkqyT29GyREbiURZ");
        entry.Is(HttpStatusCode.OK);
        var links = entry.Body.GetProperty("entry").GetProperty("links").EnumerateArray().ToArray();
        Assert.Equal(5, links.Length);
        var owner = links.Single(l => l.Str("kind") == "owned_by" && l.Str("reference") == "NK-aU5ybkbRFJucf8YMwsJvDw");
        Assert.Equal("Alexander Vyacheslavovich ZAKHAROV", owner.Str("name"));
        Assert.Equal(51m, owner.GetProperty("share").GetDecimal());
        Assert.Contains(links, l => l.Str("kind") == "directed_by" && l.Str("role") == "Leader or official of");

        var uk = await admin.GetJsonAsync("/v1/lists/uk/entries/BEL0107");
        Assert.Equal(["CJSC Belarusian Oil Company", "Belneftekhim", "BNK (Deutschland) GmbH"],
            uk.Body.GetProperty("entry").GetProperty("links").EnumerateArray().Select(l => l.Str("name")));
    }
}
