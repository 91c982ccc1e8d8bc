using Interdict.Core.Lists;

namespace Interdict.Lists.Tests.Sources;

/// <summary>OpenSanctions' FollowTheMoney entities (the Zala Aero cluster and the yente t1 fixture), read completely.</summary>
public sealed class FtmTests
{
    static ListSnapshot Zala => MoreLists.Zala;

    [Fact]
    public void Import_Zala_TargetsBecomeEntries_TheRestIsReadIntoThem()
    {
        Assert.Equal(new ListVersion("opensanctions", MoreLists.FtmDate, "yente-zala_entities.ftm.json"), Zala.Version);
        // 91 entities: 6 persons and 8 companies are targets; 3 register companies, 41 sanctions, 14 ownerships,
        // 4 family links, 3 directorships, 11 addresses and a passport are read into them.
        Assert.Equal(14, Zala.Entries.Length);
        Assert.Equal(6, Zala.CountByKind()[PartyKind.Person]);
        Assert.Equal(8, Zala.CountByKind()[PartyKind.Organization]);
        var issue = Assert.Single(MoreLists.ZalaResult.Issues);
        Assert.Contains("3 parties are not targets", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_T1_SixTargets_NamesInManyScripts()
    {
        var result = ListFiles.Import(MoreLists.FtmT1Path, MoreLists.FtmDate);

        var snapshot = result.GetSnapshotOrThrow();
        Assert.Equal(6, snapshot.Entries.Length);
        var tobacco = snapshot.Entry("NK-2GdmHtZTeNXjNVrBGEXZNj");
        Assert.Equal("RAB „Inter Tobacco“", tobacco.PrimaryName.Full);
        Assert.Equal(12, tobacco.Names.Length);
        Assert.Contains(new PartyName("Общество с ограниченной ответственностью “Интер Тобако”", NameKind.OriginalScript), tobacco.Names);
        Assert.Empty(tobacco.Identifiers);
        Assert.Contains("registrationNumber 808000714.", tobacco.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_Zakharov_PersonFieldsRegimesListingDateAndCurrentLinks()
    {
        var entry = Zala.Entry("NK-aU5ybkbRFJucf8YMwsJvDw");

        Assert.Equal(PartyKind.Person, entry.Kind);
        Assert.Equal(new PartyName("Alexander Vyacheslavovich ZAKHAROV"), entry.PrimaryName);
        Assert.Contains(new PartyName("Александр Вячеславович Захаров", NameKind.OriginalScript), entry.Names);
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1965, 9, 21))], entry.DatesOfBirth);
        Seq.Equal(["RU"], entry.Nationalities);
        Assert.Equal("Male", entry.Gender);
        Seq.Equal(["UA-SA1644", "US-RUSHAR", "NZ-RSA2022", "SECO-UKRAINE", "GB-RUS", "EU-UKR"], entry.Regimes);
        Assert.Equal(new DateOnly(2023, 7, 1), entry.ListedOn);
        Assert.Contains("innCode 183111242406.", entry.Comments, StringComparison.Ordinal);
        // Ownerships that ended by the version's date are history: of his three stakes in LLC CST only the current 51 % is kept.
        Seq.Equal([51m], entry.Links.Where(l => l.Reference == "NK-abdzbEBkqyT29GyREbiURZ" && l.Kind == LinkKind.Owns).Select(l => l.Share));
        Assert.Contains(new PartyLink(LinkKind.Directs, "LLC CST", "NK-abdzbEBkqyT29GyREbiURZ", "Leader or official of"), entry.Links);
        Assert.Equal(4, entry.Links.Count(l => l.Kind == LinkKind.Family && l.Reference is not null));
        Assert.Contains("Datasets: gb_coh_disqualified,", entry.Comments, StringComparison.Ordinal);
        Assert.Contains("Listed by Federal Public Service Finance since 2025-02-24;", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_LlcCst_OwnersAndDirectorsFromBothEndsOfTheRelations()
    {
        var entry = Zala.Entry("NK-abdzbEBkqyT29GyREbiURZ");

        Assert.Equal(PartyKind.Organization, entry.Kind);
        Assert.Equal("LLC CST", entry.PrimaryName.Full);
        Assert.Contains(new PartyName("ZALA", NameKind.Alias, NameQuality.Low), entry.Names);
        Seq.Equal(
            [
                new PartyLink(LinkKind.OwnedBy, "JSC Kalashnikov Concern", "NK-nR5AXM9AVPq4pQaSPSaVam", "subsidiary of"),
                new PartyLink(LinkKind.DirectedBy, "Alexander Vyacheslavovich ZAKHAROV", "NK-aU5ybkbRFJucf8YMwsJvDw", "Leader or official of"),
                new PartyLink(LinkKind.OwnedBy, "JSC Kalashnikov Concern", "NK-nR5AXM9AVPq4pQaSPSaVam", null, 49m),
                new PartyLink(LinkKind.DirectedBy, "Абашкін Костянтин Ігорьович", "NK-mCEmxFfuhfdjpC8gsxH74o", "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР"),
                new PartyLink(LinkKind.OwnedBy, "Alexander Vyacheslavovich ZAKHAROV", "NK-aU5ybkbRFJucf8YMwsJvDw", null, 51m),
            ],
            entry.Links);
        Assert.Equal(new DateOnly(2021, 10, 30), entry.ListedOn);
        Assert.Contains("AU-RUSSIA", entry.Regimes);
        Assert.Contains("innCode 1841015504.", entry.Comments, StringComparison.Ordinal);
        Assert.Contains(new Address("9 Salyama Adilya St., Office 3", "Moscow", null, "123154", "RU"), entry.Addresses);
    }

    [Fact]
    public void Entry_ZalaAero_AnOwnershipThatEnded_IsNoLink_AndARegisterCompanyIsNoEntry()
    {
        // Zakharov held Zala Aero from 2024-03-22 to 2024-06-24 (the register's record): no current owner.
        Assert.Empty(Zala.Entry("NK-cPks3aTbes8k4aCerfBAzN").Links);

        Assert.DoesNotContain(Zala.Entries, e => e.Reference == "NK-56Edov9bas9puzaChH5pBy");
    }

    [Fact]
    public void Import_ADateBeforeAnOwnershipEnded_KeepsIt()
    {
        var before = ListFiles.Import(MoreLists.ZalaPath, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)).GetSnapshotOrThrow();

        Seq.Equal([new PartyLink(LinkKind.OwnedBy, "Alexander Vyacheslavovich ZAKHAROV", "NK-aU5ybkbRFJucf8YMwsJvDw")], before.Entry("NK-cPks3aTbes8k4aCerfBAzN").Links);
    }

    [Fact]
    public void Entry_Osetrova_IdNumberIsANationalIdDocument()
    {
        var entry = Zala.Entry("NK-2Tbri3s6GgNtAwsSXh4qpL");

        Seq.Equal([new IdentityDocument(DocumentKind.NationalId, "183116181362")], entry.Documents);
        Seq.Equal([new PartyLink(LinkKind.Family, "Alexander Vyacheslavovich ZAKHAROV", "NK-aU5ybkbRFJucf8YMwsJvDw", "Family member of")], entry.Links);
        Assert.Equal("Female", entry.Gender);
    }
}
