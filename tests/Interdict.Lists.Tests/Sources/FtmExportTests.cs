using System.Text.Json;
using Interdict.Core.Lists;

namespace Interdict.Lists.Tests.Sources;

/// <summary>Any list exported as FollowTheMoney JSON lines (<see cref="FtmExport"/>) and read back by the FtM reader:
/// the same entries under the same names, the links as FtM link entities.</summary>
public sealed class FtmExportTests
{
    static async Task<(ListSnapshot Exported, ImportResult ReadBack, string[] Lines)> RoundTripAsync(ListSnapshot snapshot)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "export.ftm.json");
        int written;
        await using (var stream = File.Create(file)) written = await FtmExport.WriteAsync(snapshot, stream, CancellationToken.None);
        var lines = await File.ReadAllLinesAsync(file, CancellationToken.None);
        Assert.Equal(written, lines.Length);
        return (snapshot, ListFiles.Import(file, snapshot.Version.Generated), lines);
    }

    [Fact]
    public async Task Export_Un2026_ReadBack_SameEntriesSameNamesSameKinds()
    {
        var (un, result, _) = await RoundTripAsync(RealLists.Un2026);

        var back = result.GetSnapshotOrThrow();
        Assert.Equal("opensanctions", back.Version.Source);
        Assert.Equal(un.Entries.Length, back.Entries.Length);
        var byId = back.Entries.ToDictionary(e => e.Reference, StringComparer.Ordinal);
        foreach (var entry in un.Entries)
        {
            var read = byId[FtmExport.EntityId("un", entry.Reference)];
            Assert.Equal(entry.Kind, read.Kind);
            Assert.Equal(entry.PrimaryName.Full, read.PrimaryName.Full);
            // As a set: a UN entry may give one name twice (JAMAAH ANSHARUT DAULAH as its name and as an alias).
            Assert.Equal(entry.Names.Select(n => n.Full).Distinct().Order(StringComparer.Ordinal), read.Names.Select(n => n.Full).Order(StringComparer.Ordinal));
            Seq.Equal([.. entry.Regimes], read.Regimes);
            Assert.Equal(entry.ListedOn, read.ListedOn);
            Assert.Equal(entry.Identifiers.Where(i => i.Kind == IdentifierKind.Imo), read.Identifiers.Where(i => i.Kind == IdentifierKind.Imo));
        }
        // Exact dates of birth come back as written; a range comes back as its two ends.
        var ri = byId["un-KPi.033"];
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1964, 7, 17))], ri.DatesOfBirth);
        Seq.Equal(["KP"], ri.Nationalities);
        Assert.Contains(ri.Documents, d => d.Kind == DocumentKind.Passport && d.Number == "381310014");
    }

    [Fact]
    public async Task Export_Un2026_RiWonHo_OneLineInYentesEntityShape()
    {
        var (_, _, lines) = await RoundTripAsync(RealLists.Un2026);

        using var line = JsonDocument.Parse(lines.Single(l => l.StartsWith("{\"id\":\"un-KPi.033\"", StringComparison.Ordinal)));
        var ri = line.RootElement;
        Assert.Equal(["id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen", "last_seen", "last_change"],
            ri.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RI WON HO", ri.GetProperty("caption").GetString());
        Assert.Equal("Person", ri.GetProperty("schema").GetString());
        Assert.True(ri.GetProperty("target").GetBoolean());
        Assert.Equal(["un"], ri.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("2016-11-30T00:00:00", ri.GetProperty("first_seen").GetString());
        Assert.Equal("2016-11-30T00:00:00", ri.GetProperty("last_change").GetString());
        var properties = ri.GetProperty("properties");
        string[] Values(string name) => [.. properties.GetProperty(name).EnumerateArray().Select(v => v.GetString()!)];
        Assert.Equal(["RI WON HO"], Values("name"));
        Assert.Equal(["1964-07-17"], Values("birthDate"));
        Assert.Equal(["kp"], Values("nationality"));
        Assert.Equal(["381310014"], Values("passportNumber"));
        Assert.Equal(["DPRK Ministry of State Security Official"], Values("position"));
        Assert.Equal(["sanction"], Values("topics"));
        // Its sanction follows it: the regime and the listing day.
        using var sanction = JsonDocument.Parse(lines.Single(l => l.StartsWith("{\"id\":\"un-KPi.033-sanction-1\"", StringComparison.Ordinal)));
        var sanctionProperties = sanction.RootElement.GetProperty("properties");
        Assert.Equal("Sanction", sanction.RootElement.GetProperty("schema").GetString());
        Assert.Equal("un-KPi.033", sanctionProperties.GetProperty("entity")[0].GetString());
        Assert.Equal("DPRK", sanctionProperties.GetProperty("programId")[0].GetString());
        Assert.Equal("2016-11-30", sanctionProperties.GetProperty("listingDate")[0].GetString());
        Assert.False(sanction.RootElement.GetProperty("target").GetBoolean());
    }

    [Fact]
    public async Task Export_Zala_LinksBecomeFtmLinkEntities_ReadBackWithShareAndRole()
    {
        var (zala, result, lines) = await RoundTripAsync(MoreLists.Zala);

        var back = result.GetSnapshotOrThrow();
        Assert.Equal(zala.Entries.Length, back.Entries.Length);
        var cst = back.Entry(FtmExport.EntityId("opensanctions", "NK-abdzbEBkqyT29GyREbiURZ"));
        var owner = cst.Links.Single(l => l.Kind == LinkKind.OwnedBy && l.Reference == FtmExport.EntityId("opensanctions", "NK-aU5ybkbRFJucf8YMwsJvDw"));
        Assert.Equal("Alexander Vyacheslavovich ZAKHAROV", owner.Name);
        Assert.Equal(51m, owner.Share);
        Assert.Contains(cst.Links, l => l.Kind == LinkKind.DirectedBy && l.Role == "Leader or official of");
        // Every link of the original is there again, at the same end, by kind and other party.
        foreach (var entry in zala.Entries)
        {
            var read = back.Entry(FtmExport.EntityId("opensanctions", entry.Reference));
            foreach (var link in entry.Links.Where(l => l.Reference is not null))
            {
                Assert.Contains(read.Links, l => l.Kind == link.Kind && l.Reference == FtmExport.EntityId("opensanctions", link.Reference!) && l.Share == link.Share);
            }
        }
        // A link held at both ends is one entity: each id once.
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(lines, l => l.Contains("\"schema\":\"Ownership\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"schema\":\"Directorship\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"schema\":\"Family\"", StringComparison.Ordinal));
    }

    [Fact]
    public void EntityId_ReferenceWithSpaceOrSlash_KeepsOnlyIdCharacters()
    {
        Assert.Equal("un-KPi.033", FtmExport.EntityId("un", "KPi.033"));
        Assert.Equal("eu-EU.27.28-x", FtmExport.EntityId("eu", "EU.27.28/x"));
        Assert.Equal("ofac_cons", FtmExport.DatasetName("ofac-cons"));
    }
}
