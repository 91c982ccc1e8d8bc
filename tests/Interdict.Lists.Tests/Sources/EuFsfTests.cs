using Interdict.Core.Lists;

namespace Interdict.Lists.Tests.Sources;

/// <summary>The EU Financial Sanctions File (XML 1.1) sample, read completely: counts and entries field by field.</summary>
public sealed class EuFsfTests
{
    static ListSnapshot Eu => MoreLists.Eu;

    [Fact]
    public void Import_Sample_HasFiveEntries_DatedByGenerationDate_WithoutIssues()
    {
        Assert.Empty(MoreLists.EuResult.Issues);
        Assert.Equal(new ListVersion("eu", new DateTimeOffset(2026, 8, 5, 14, 47, 4, 449, TimeSpan.Zero), "eu-fsf-1.1_2026-08-05_extract.xml"), Eu.Version);
        Assert.Equal(5, Eu.Entries.Length);
        Assert.Equal(4, Eu.CountByKind()[PartyKind.Person]);
        Assert.Equal(1, Eu.CountByKind()[PartyKind.Organization]);
        Seq.Equal(["EU.3579.2", "EU.502.12", "EU.3953.70", "EU.3886.3", "EU.3092.36"], Eu.Entries.Select(e => e.Reference));
        Assert.All(Eu.Entries, e => Assert.Equal("eu", e.Source));
    }

    [Fact]
    public void Entry_Asiri_NamesScriptsDocumentsAndTheIslamicDate()
    {
        var entry = Eu.Entry("EU.3092.36");

        Assert.Equal(PartyKind.Person, entry.Kind);
        // No primary mark in the file: the oldest English name (lowest logicalId) stands first.
        Assert.Equal(new PartyName("Ibrahim Hassan Tali Al-Asiri"), entry.PrimaryName);
        Assert.Equal(15, entry.Names.Length);
        Assert.Contains(new PartyName("إبراهيم حسن طالع عسيري", NameKind.OriginalScript), entry.Names);
        Assert.Contains(new PartyName("Abu Saleh", NameKind.Alias), entry.Names);
        Seq.Equal(["TAQA"], entry.Regimes);
        Seq.Equal(["Operative and principal bomb maker of Al-Qaida in the Arabian Peninsula (AQAP)"], entry.Designations);
        // The ISLAMIC birthdate 24/6/1402 is read from its Gregorian form 1982-04-19; the other is Gregorian.
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1982, 4, 18)), DateOfBirth.Exact(new PartialDate(1982, 4, 19))], entry.DatesOfBirth.OrderBy(d => d.Earliest));
        Seq.Equal([new Address(City: "Riyadh", Country: "SAUDI ARABIA")], entry.PlacesOfBirth);
        Seq.Equal(["SA"], entry.Nationalities);
        Seq.Equal([new Address(Country: "YEMEN")], entry.Addresses);
        Seq.Equal(
            [
                new IdentityDocument(DocumentKind.NationalId, "1028745097", "SAUDI ARABIA", "National identification card"),
                new IdentityDocument(DocumentKind.Passport, "F654645", "SAUDI ARABIA", "National passport; issued 2005-04-30; valid to 2010-03-07; known expired"),
            ],
            entry.Documents);
        Assert.Equal(new DateOnly(2011, 3, 24), entry.ListedOn);
        Assert.Null(entry.Comments);
    }

    [Fact]
    public void Entry_HajiAhmadJan_CircaYearRangeTitleAndRemark()
    {
        var entry = Eu.Entry("EU.502.12");

        Seq.Equal(["Haji Ahmad Jan", "Ahmed Jan Akhund", "Ahmed Jan Akhundzada Wazir"], entry.Names.Select(n => n.Full));
        Seq.Equal([DateOfBirth.Between(new PartialDate(1953), new PartialDate(1958))], entry.DatesOfBirth);
        Seq.Equal(["Maulavi"], entry.Titles);
        Seq.Equal(["AF"], entry.Nationalities);
        Seq.Equal(["AFG"], entry.Regimes);
        Assert.Equal(2, entry.PlacesOfBirth.Length);
        Assert.Equal(new DateOnly(2001, 1, 25), entry.ListedOn);
        Assert.StartsWith("Believed to be in Afghanistan/ Pakistan border area.", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_Parchin_EnterpriseWithAddressesContactsAndRegistrationNumber()
    {
        var entry = Eu.Entry("EU.3953.70");

        Assert.Equal(PartyKind.Organization, entry.Kind);
        // Not the Irish form the file gives first.
        Assert.Equal("Parchin Chemical Industries (PCI)", entry.PrimaryName.Full);
        Assert.Equal(16, entry.Names.Length);
        Assert.Contains(new PartyName("صنایع شیمیایی پارچین", NameKind.OriginalScript), entry.Names);
        Assert.Equal(6, entry.Addresses.Length);
        Assert.Equal(new Address("Pasdaran Square", "Tehran", null, null, "IRAN (ISLAMIC REPUBLIC OF)", "PO Box 16765/358"), entry.Addresses[0]);
        Assert.Contains("WEB: http://icig.ir/", entry.Addresses[1].Note, StringComparison.Ordinal);
        // A register number is unique only in its country: text, not a decisive identifier.
        Assert.Empty(entry.Identifiers);
        Assert.Equal("UN designation:24/03/2007 (no longer valid) Registration Number 892.", entry.Comments);
        Seq.Equal(["IRN"], entry.Regimes);
    }

    [Fact]
    public void Entry_Dorda_UnReferenceGoesToTheComments_AndStructuredNameIsPrimary()
    {
        var entry = Eu.Entry("EU.3886.3");

        Assert.Equal("Abu Zayd Umar DORDA", entry.PrimaryName.Full);
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1944, 4, 4))], entry.DatesOfBirth);
        Assert.StartsWith("UN reference LYi.006 ", entry.Comments, StringComparison.Ordinal);
        Assert.Equal(new IdentityDocument(DocumentKind.Passport, "FK117RK0", "LIBYA", "National passport; issued 2018-11-25; valid to 2026-11-24"), Assert.Single(entry.Documents));
    }

    [Fact]
    public void Entry_WithoutDesignationDate_HasNoListingDay()
    {
        var entry = Eu.Entry("EU.3579.2");

        Assert.Equal("Khalid Sheikh MOHAMMED", entry.PrimaryName.Full);
        Assert.Null(entry.ListedOn);
        Assert.Equal("Male", entry.Gender);
        Seq.Equal([new PartyName("Khalid Sheikh MOHAMMED"), new PartyName("Bin Khalid Fahd Bin Adballah", NameKind.Alias)], entry.Names.Take(2));
    }
}
