using Interdict.Core.Lists;

namespace Interdict.Lists.Tests.Sources;

/// <summary>The UK Sanctions List (FCDO XML) sample, read completely: counts and entries field by field.</summary>
public sealed class UkSanctionsListTests
{
    static ListSnapshot Uk => MoreLists.Uk;

    [Fact]
    public void Import_Sample_HasFiveDesignations_DatedByDateGenerated_WithoutIssues()
    {
        Assert.Empty(MoreLists.UkResult.Issues);
        Assert.Equal(new ListVersion("uk", new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero), "uk-fcdo-sanctions-list_2026-09-10_extract.xml"), Uk.Version);
        Seq.Equal(["AFG0001", "AFG0006", "BEL0107", "DPR0075", "AQD0195"], Uk.Entries.Select(e => e.Reference));
        Seq.Equal([PartyKind.Organization, PartyKind.Person, PartyKind.Organization, PartyKind.Vessel, PartyKind.Person], Uk.Entries.Select(e => e.Kind));
    }

    [Fact]
    public void Entry_Akhund_PartialDobsDocumentsTitlesAndPlaceOfBirth()
    {
        var entry = Uk.Entry("AFG0006");

        Seq.Equal(
            [new PartyName("MOHAMMAD HASSAN AKHUND"), new PartyName("Mohammad Akhwand", NameKind.Alias), new PartyName("محمد حسن آخوند", NameKind.OriginalScript)],
            entry.Names);
        // 12/05/1958 (day first), dd/mm/1945 (day and month unknown), 1946.
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1958, 5, 12)), DateOfBirth.Exact(new PartialDate(1945)), DateOfBirth.Exact(new PartialDate(1946))], entry.DatesOfBirth);
        Seq.Equal(["Mullah", "Haji"], entry.Titles);
        Seq.Equal(["Deputy Minister of Agriculture under the Taliban regime"], entry.Designations);
        Seq.Equal(["Afghanistan"], entry.Nationalities);
        Assert.Equal("Male", entry.Gender);
        Seq.Equal([new Address(City: "Pashmul village, Panjwai District", Country: "Afghanistan")], entry.PlacesOfBirth);
        Seq.Equal([new Address(City: "Kabul", Country: "Afghanistan")], entry.Addresses);
        // The passport is given twice in the file: kept once.
        Seq.Equal(
            [
                new IdentityDocument(DocumentKind.Passport, "P04581926", null, "Afghanistan passport number P04581926, issued in Kandahar (expires 7 August 2034)"),
                new IdentityDocument(DocumentKind.NationalId, "2132370", null, "Afghan national identification card (tazkira) number"),
            ],
            entry.Documents);
        Seq.Equal(["The Afghanistan (Sanctions) (EU Exit) Regulations 2020"], entry.Regimes);
        Assert.Equal(new DateOnly(2001, 1, 25), entry.ListedOn);
        Seq.Equal([new DateOnly(2026, 4, 14)], entry.Updated);
        Assert.StartsWith("UN reference TAi.002. Designated by UK, UN. Sanctions: Asset freeze, Travel Ban. A close associate", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_BnkUk_AliasStrengthRegistrationAndParentsAsLinks()
    {
        var entry = Uk.Entry("BEL0107");

        Seq.Equal([new PartyName("BNK (UK) Ltd"), new PartyName("BNK UK Limited", NameKind.Alias), new PartyName("BNK", NameKind.Alias, NameQuality.Low)], entry.Names);
        Assert.Empty(entry.Identifiers);
        Assert.Contains("Business registration UK Company no. 06527449.", entry.Comments, StringComparison.Ordinal);
        Seq.Equal([new Address("Salatin House, 19 Cedar Road, Sutton, Surrey", null, null, "SM2 5DA", "United Kingdom")], entry.Addresses);
        Seq.Equal(
            [
                new PartyLink(LinkKind.OwnedBy, "CJSC Belarusian Oil Company", Role: "parent company"),
                new PartyLink(LinkKind.OwnedBy, "Belneftekhim", Role: "parent company"),
                new PartyLink(LinkKind.Owns, "BNK (Deutschland) GmbH", Role: "subsidiary"),
            ],
            entry.Links);
        Assert.Contains("Website http://www.belnaft.co.uk/.", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_Petrel8_ShipWithImoFlagAndOwner()
    {
        var entry = Uk.Entry("DPR0075");

        Assert.Equal(PartyKind.Vessel, entry.Kind);
        Seq.Equal(["Petrel 8", "Tian Tai 36"], entry.Names.Select(n => n.Full));
        Seq.Equal([new Identifier(IdentifierKind.Imo, "9562233")], entry.Identifiers);
        Seq.Equal(["Comoros"], entry.Nationalities);
        Seq.Equal([new PartyLink(LinkKind.OwnedBy, "Global United Shipping India", Role: "current owner or operator")], entry.Links);
        Assert.Contains("Vessel type Bulk Carrier. Tonnage 7078. Length 134.5. Previous flag India.", entry.Comments, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2017, 10, 3), entry.ListedOn);
    }

    [Fact]
    public void Entry_Harun_YearOnlyBirth()
    {
        var entry = Uk.Entry("AQD0195");

        Assert.Equal("Fadhil Harun", Assert.Single(entry.Names).Full);
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1972))], entry.DatesOfBirth);
        Seq.Equal([new Address(City: "Moroni", Country: "Comoros")], entry.PlacesOfBirth);
    }
}
