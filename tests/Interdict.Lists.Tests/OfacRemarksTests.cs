using Interdict.Core.Lists;

namespace Interdict.Lists.Tests;

public sealed class OfacRemarksTests
{
    [Fact]
    public void Parse_TypicalDprkRemarks_ReadsEveryFact()
    {
        var remarks = OfacRemarks.Parse(
            "DOB 23 Oct 1968; alt. DOB circa 1970; POB Pyongyang, Korea, North; nationality Korea, North; alt. citizen Russia; " +
            "Gender Male; Passport 654410078 (Korea, North) issued 01 Jan 2010 expires 01 Jan 2015; National ID No. 12345 (Korea, North); " +
            "a.k.a. 'KIM CHOL'; f.k.a. 'PAK CHOL'; SWIFT/BIC ABCDKPPY; Vessel Registration Identification IMO 8987345; MMSI 123456789; " +
            "Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION.");

        Seq.Equal([DateOfBirth.Exact(new PartialDate(1968, 10, 23)), DateOfBirth.Approximately(new PartialDate(1970))], remarks.DatesOfBirth);
        Seq.Equal([new Address(City: "Pyongyang", Country: "Korea, North")], remarks.PlacesOfBirth);
        Seq.Equal(["Korea, North", "Russia"], remarks.Nationalities);
        Assert.Equal("Male", remarks.Gender);
        Seq.Equal(
            [
                new IdentityDocument(DocumentKind.Passport, "654410078", "Korea, North", "issued 01 Jan 2010 expires 01 Jan 2015"),
                new IdentityDocument(DocumentKind.NationalId, "12345", "Korea, North"),
            ],
            remarks.Documents);
        Seq.Equal([new PartyName("KIM CHOL", NameKind.Alias, NameQuality.Low), new PartyName("PAK CHOL", NameKind.FormerName, NameQuality.Low)], remarks.Names);
        Seq.Equal(
            [new Identifier(IdentifierKind.Imo, "8987345"), new Identifier(IdentifierKind.SwiftBic, "ABCDKPPY"), new Identifier(IdentifierKind.Mmsi, "123456789")],
            remarks.Identifiers);
        Assert.Empty(remarks.Problems);
    }

    [Theory]
    [InlineData("DOB 1960 to 1962", 1960, 1962)]
    [InlineData("DOB circa 1979-1982", 1979, 1982)]
    public void Parse_YearRange_IsBetween(string text, int from, int to)
    {
        var remarks = OfacRemarks.Parse(text);

        Seq.Equal([DateOfBirth.Between(new PartialDate(from), new PartialDate(to))], remarks.DatesOfBirth);
    }

    [Fact]
    public void Parse_FullDateRange_IsBetween()
    {
        var remarks = OfacRemarks.Parse("DOB 01 Jan 1960 to 31 Dec 1962.");

        Seq.Equal([DateOfBirth.Between(new PartialDate(1960, 1, 1), new PartialDate(1962, 12, 31))], remarks.DatesOfBirth);
    }

    [Fact]
    public void Parse_UnreadableDate_IsAProblemAndLeftOut()
    {
        var remarks = OfacRemarks.Parse("DOB sometime in the sixties; nationality Iran.");

        Assert.Empty(remarks.DatesOfBirth);
        Assert.Contains("DOB sometime in the sixties", Assert.Single(remarks.Problems), StringComparison.Ordinal);
        Seq.Equal(["Iran"], remarks.Nationalities);
    }

    [Fact]
    public void Parse_PassportWithoutCountry_SplitsIssueDates()
    {
        var remarks = OfacRemarks.Parse("Passport L276046 issued 01 Jul 1996 expires 30 Jun 2001.");

        Seq.Equal([new IdentityDocument(DocumentKind.Passport, "L276046", null, "issued 01 Jul 1996 expires 30 Jun 2001")], remarks.Documents);
    }

    [Fact]
    public void Parse_CedulaAndIdentificationImo_MapsCedulaAndSkipsImoAsDocument()
    {
        var remarks = OfacRemarks.Parse("Cedula No. 10544556 (Colombia); Identification Number IMO 5817790.");

        Seq.Equal([new IdentityDocument(DocumentKind.NationalId, "10544556", "Colombia", "Cedula No.")], remarks.Documents);
        Seq.Equal([new Identifier(IdentifierKind.Imo, "5817790")], remarks.Identifiers);
    }

    [Fact]
    public void Parse_AircraftTailNumber_IsRegistrationIdentifier()
    {
        var remarks = OfacRemarks.Parse("Aircraft Manufacturer's Serial Number (MSN) 1085; Aircraft Tail Number EP-MMH.");

        Seq.Equal([new Identifier(IdentifierKind.Registration, "EP-MMH")], remarks.Identifiers);
        Assert.Equal("EPMMH", remarks.Identifiers[0].Value);
    }

    [Fact]
    public void ClauseRanges_SemicolonInsideParentheses_DoesNotSplit()
    {
        const string remarks = "a (b; c);  d ;";

        Seq.Equal(["a (b; c)", "d", ""], OfacRemarks.ClauseRanges(remarks).Select(r => remarks[r]));
    }

    [Theory]
    [InlineData("Tehran, Iran", null, "Tehran", "Iran")]
    [InlineData("Culiacan, Sinaloa, Mexico", "Sinaloa", "Culiacan", "Mexico")]
    [InlineData("Colombia", null, null, "Colombia")]
    [InlineData("Kaesong, DPRK", null, "Kaesong", "DPRK")]
    [InlineData("Gaza City, Gaza Strip", null, "Gaza City, Gaza Strip", null)]
    public void ParsePlace_CommaSeparated_SplitsCityProvinceCountry(string text, string? province, string? city, string? country)
    {
        Assert.Equal(new Address(City: city, StateOrProvince: province, Country: country), OfacRemarks.ParsePlace(text));
    }

    [Theory]
    [InlineData("23 Oct 1968", 1968, 10, 23)]
    [InlineData("Oct 1968", 1968, 10, null)]
    [InlineData("1968", 1968, null, null)]
    public void TryParseDate_OfacForms_ReturnsPartialDate(string text, int year, int? month, int? day)
    {
        Assert.True(OfacRemarks.TryParseDate(text, out var date, out _));
        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31 Feb 1968")]
    [InlineData("Octember 1968")]
    [InlineData("68")]
    public void TryParseDate_Invalid_ReturnsFalse(string text) =>
        Assert.False(OfacRemarks.TryParseDate(text, out _, out _));
}
