using System.Net;
using Interdict.Core.Access;
using Interdict.Core.Lists;
using Interdict.Lists;
using Interdict.Server.Tests.Support;

namespace Interdict.Server.Tests;

/// <summary>A list update re-screens stored customers through the reverse index: entries added in the new version raise
/// alerts (origin list_update), entries removed mark undecided alerts "entry delisted".</summary>
public sealed class DeltaRescreeningApiTests
{
    public static TheoryData<string> Providers => Postgres.Providers();

    internal static (ListEntry Added, ListEntry Removed) Picks()
    {
        var diff = ListDiff.Compute(ListFiles.Import(RepositoryPaths.UnList2018).GetSnapshotOrThrow(), ListFiles.Import(RepositoryPaths.UnList2026).GetSnapshotOrThrow());
        var added = diff.Added.First(e => e.Kind == PartyKind.Person && e.PrimaryName.Full.Split(' ').Length >= 3);
        var removed = diff.Removed.First(e => e.Kind == PartyKind.Person && e.PrimaryName.Full.Split(' ').Length >= 3);
        return (added, removed);
    }

    /// <summary>300 ordinary, distinct Western names: customers no list entry is about.</summary>
    internal static IEnumerable<string> Population()
    {
        string[] given = ["James", "Maria", "Lukas", "Sofia", "Pierre", "Olga", "Carlos", "Ingrid", "Tomasz", "Aoife", "Henrik", "Chiara", "Mateo",
            "Elise", "Bram", "Greta", "Nuno", "Astrid", "Oskar", "Lucia"];
        string[] family = ["Smith", "Mueller", "Rossi", "Dubois", "Novak", "Jensen", "Silva", "Andersen", "Kowalski", "Murphy", "Van Dijk",
            "Lindqvist", "Moreau", "Fischer", "Costa"];
        return given.SelectMany(g => family.Select(f => $"{g} {f}"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ImportNewerVersion_RaisesAlertsForAddedEntries_AndDelistsRemovedOnes(string provider)
    {
        var (added, removed) = Picks();
        using var server = new ServerFactory(provider, bundledList: false);
        using var admin = server.ClientAs(Role.Admin);
        var first = await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018);
        first.Is(HttpStatusCode.OK);
        Assert.True(first.Body.GetProperty("newest").GetBoolean());

        var newcomer = $"new-{Guid.NewGuid():N}";
        var leaver = $"old-{Guid.NewGuid():N}";
        (await admin.PostAsync("/v1/customers", new { id = newcomer, name = added.PrimaryName.Full })).Is(HttpStatusCode.Created);
        var leaverCreated = await admin.PostAsync("/v1/customers", new { id = leaver, name = removed.PrimaryName.Full });
        leaverCreated.Is(HttpStatusCode.Created);
        var leaverAlert = leaverCreated.Body.GetProperty("alerts").EnumerateArray().Select(a => a.GetInt64()).First();
        // Most customers come in bulk (the reverse index is rebuilt then); the two above sit in its overlay.
        var csv = Path.Combine(server.DataDirectory, "fillers.csv");
        await File.WriteAllLinesAsync(csv, ["id,name,type", .. Population().Select((name, i) => $"filler-{i},{name},person")]);
        (await admin.UploadAsync("/v1/customers/import", csv)).Is(HttpStatusCode.OK);

        var update = await admin.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2026);
        update.Is(HttpStatusCode.OK);
        Assert.True(update.Body.GetProperty("newest").GetBoolean());
        Assert.Equal(111, update.Body.GetProperty("diff").GetProperty("added").GetInt32());
        var scored = update.Body.GetProperty("customers_scored").GetInt32();
        Assert.True(scored is >= 1 and < 302, $"the reverse index should propose some customers, not all 302: {scored}");
        Assert.Contains(update.Body.GetProperty("alerts_raised").EnumerateArray(), a => a.Str("customer_id") == newcomer && a.Str("ref") == added.Reference);
        Assert.True(update.Body.GetProperty("alerts_delisted").GetInt32() >= 1);

        var raised = await admin.GetJsonAsync($"/v1/alerts?customer_id={newcomer}");
        Assert.Contains(raised.Body.GetProperty("alerts").EnumerateArray(), a => a.Str("origin") == "list_update" && a.Str("ref") == added.Reference);
        var delisted = await admin.GetJsonAsync($"/v1/alerts/{leaverAlert}");
        Assert.Equal("entry_delisted", delisted.Body.Str("state"));
        var verify = await admin.GetJsonAsync("/v1/audit/verify");
        Assert.True(verify.Body.GetProperty("valid").GetBoolean());
    }
}
