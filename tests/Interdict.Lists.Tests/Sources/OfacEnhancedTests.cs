using Interdict.Core.Lists;

namespace Interdict.Lists.Tests.Sources;

/// <summary>OFAC's Enhanced XML (the Consolidated non-SDN list, whole file), read completely.</summary>
public sealed class OfacEnhancedTests
{
    static ListSnapshot Cons => MoreLists.OfacEnhanced;

    [Fact]
    public void Import_WholeFile_443Entities_AsTheConsolidatedList_DatedByDataAsOf()
    {
        Assert.Empty(MoreLists.OfacEnhancedResult.Issues);
        Assert.Equal(new ListVersion("ofac-cons", new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), "CONS_ENHANCED.XML"), Cons.Version);
        Assert.Equal(443, Cons.Entries.Length);
        Assert.Equal(80, Cons.CountByKind()[PartyKind.Person]);
        Assert.Equal(363, Cons.CountByKind()[PartyKind.Organization]);
        // 283 relationships in the file (278 "Owned or Controlled By", 4 "Owns, controls, or operates", 1 "Acting for").
        Assert.Equal(283, Cons.Entries.Sum(e => e.Links.Length));
        Assert.Equal(278, Cons.Entries.Sum(e => e.Links.Count(l => l.Kind == LinkKind.OwnedBy)));
        Assert.Equal(33, Cons.Entries.Count(e => e.Identifiers.Any(i => i.Kind == IdentifierKind.SwiftBic)));
    }

    [Fact]
    public void Entry_Zahhar_PersonWithYearOfBirthGenderNationalityAndActingForLink()
    {
        var entry = Cons.Entry("9647");

        Assert.Equal(PartyKind.Person, entry.Kind);
        Seq.Equal(
            [
                new PartyName("ZAHHAR, Mahmoud Khaled"), new PartyName("AL ZAHAR, Mahmoud Khaled", NameKind.Alias),
                new PartyName("ZAHAR, Mahmoud", NameKind.Alias, NameQuality.Low), new PartyName("AL-ZAHAR, Mahmoud", NameKind.Alias, NameQuality.Low),
            ],
            entry.Names);
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1945))], entry.DatesOfBirth);
        Seq.Equal([new Address(City: "Gaza Strip")], entry.PlacesOfBirth);
        Assert.Equal("Male", entry.Gender);
        Seq.Equal(["Palestinian"], entry.Nationalities);
        Seq.Equal(["NS-PLC", "SDGT"], entry.Regimes);
        Seq.Equal([new Address(Note: "Gaza")], entry.Addresses);
        // The earliest of its lists' publication dates (the PLC list, 2006-04-12).
        Assert.Equal(new DateOnly(2006, 4, 12), entry.ListedOn);
        // HAMAS (4695) is on the SDN list, not in this file: the link keeps its name only.
        Seq.Equal([new PartyLink(LinkKind.LinkedTo, "HAMAS", null, "Acting for or on behalf of")], entry.Links);
        Assert.StartsWith("Lists: Non-SDN Palestinian Legislative Council List, Consolidated List, SDN List.", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_Vtb_FormerNamesCyrillicBicRegistrationNumbersAndLicence()
    {
        var entry = Cons.Entry("17013");

        Assert.Equal("VTB BANK PUBLIC JOINT STOCK COMPANY", entry.PrimaryName.Full);
        Assert.Contains(new PartyName("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", NameKind.OriginalScript), entry.Names);
        Assert.Contains(new PartyName("VNESHTORGBANK", NameKind.FormerName), entry.Names);
        Assert.Contains(new PartyName("JSC VTB BANK NEW DELHI BRANCH", NameKind.Alias, NameQuality.Low), entry.Names);
        // The BIC and the (global) Legal Entity Identifier decide; Russian register and tax numbers are text.
        Seq.Equal([new Identifier(IdentifierKind.SwiftBic, "VTBRRUMM"), new Identifier(IdentifierKind.Registration, "253400V1H6ART1UQ0N98")], entry.Identifiers);
        Assert.Contains("Registration ID 1027739609391 (Russia). Government Gazette Number 00032520 (Russia). Tax ID No. 7702070139 (Russia).", entry.Comments, StringComparison.Ordinal);
        Seq.Equal([new IdentityDocument(DocumentKind.Other, "1000", "Russia", "License")], entry.Documents);
        Seq.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], entry.Regimes);
        Assert.Equal(new Address("29, Bolshaya Morskaya str.", "St. Petersburg", null, "190000", "Russia"), entry.Addresses[0]);
        Assert.Contains("Website: www.vtb.com.", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_BmBank_OwnedByAnEntityOfTheSameFile_LinksByReference()
    {
        var entry = Cons.Entry("17017");

        Seq.Equal([new PartyLink(LinkKind.OwnedBy, "VTB BANK PUBLIC JOINT STOCK COMPANY", "17013", "Owned or Controlled By")], entry.Links);
    }
}
