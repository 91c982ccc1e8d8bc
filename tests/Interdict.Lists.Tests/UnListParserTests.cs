using System.Text;
using Interdict.Core.Lists;

namespace Interdict.Lists.Tests;

public sealed class UnListParserTests
{
    static readonly string[] Regimes2026 =
        ["Al-Qaida", "CAR", "DPRK", "DRC", "GB", "Haiti", "Iran", "Iraq", "Libya", "Somalia", "SouthSudan", "Sudan", "Taliban", "Yemen"];

    [Fact]
    public void Parse_Real2026List_ReadsEveryRecordOfEveryRegime()
    {
        var result = RealLists.Un2026Result;

        Assert.True(result.Success, result.ToString());
        var snapshot = result.Snapshot;
        var counts = snapshot.CountByKind();
        Assert.Equal(730, counts[PartyKind.Person]);
        Assert.Equal(273, counts[PartyKind.Organization]);
        Assert.Equal(1003, snapshot.Entries.Length);
        Assert.Equal(Regimes2026, snapshot.Entries.SelectMany(e => e.Regimes).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(155, snapshot.Entries.Count(e => e.Regimes.Contains("DPRK")));
        Assert.All(snapshot.Entries, e =>
        {
            Assert.Equal("un", e.Source);
            Assert.Equal(e.Reference.Trim(), e.Reference);
            Assert.Single(e.Regimes);
            Assert.Equal(NameKind.Primary, e.PrimaryName.Kind);
            Assert.DoesNotContain("  ", e.PrimaryName.Full, StringComparison.Ordinal);
            Assert.NotNull(e.ListedOn);
        });
        Assert.Equal(1003, snapshot.Entries.Select(e => e.Reference).Distinct().Count());
    }

    [Fact]
    public void Parse_Real2026List_VersionIsTheGenerationDateAndFileName()
    {
        var version = RealLists.Un2026.Version;

        Assert.Equal("un", version.Source);
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), version.Generated);
        Assert.Equal("consolidated-2026-02-27.xml", version.Origin);
    }

    [Fact]
    public void Parse_Real2026List_ReportsOnlyTheDatesOfBirthWrittenAsFreeText()
    {
        var issues = RealLists.Un2026Result.Issues;

        // "30-35 years old" (LYi.022) and "24/06/1402 (Hijri Calendar)" (QDi.291) cannot be dates; everything else is read.
        Seq.Equal(["LYi.022", "QDi.291"], issues.Select(i => i.Record!).Order(StringComparer.Ordinal));
        Assert.All(issues, i =>
        {
            Assert.Equal("INDIVIDUAL_DATE_OF_BIRTH", i.Element);
            Assert.True(i.Line > 0);
        });
    }

    [Fact]
    public void Parse_DprkIndividualWithPassport_MapsEveryField()
    {
        var entry = RealLists.Un2026.Entry("KPi.006");

        Assert.Equal(PartyKind.Person, entry.Kind);
        Assert.Equal("un:KPi.006", entry.Key);
        Seq.Equal([new PartyName("PAEK CHANG-HO"), new PartyName("Pak Chang-Ho", NameKind.Alias), new PartyName("Paek Ch'ang-Ho", NameKind.Alias)],
            entry.Names);
        Seq.Equal(["DPRK"], entry.Regimes);
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1964, 6, 18))], entry.DatesOfBirth);
        Seq.Equal([new Address(City: "Kaesong", Country: "Democratic People's Republic of Korea")], entry.PlacesOfBirth);
        Seq.Equal(["Democratic People's Republic of Korea"], entry.Nationalities);
        Seq.Equal(["Senior official and head of the satellite control center of Korean Committee for Space Technology"], entry.Designations);
        Assert.Equal(new DateOnly(2013, 1, 22), entry.ListedOn);
        // The passport is listed three times (typed in English, French and Spanish); one document is kept.
        var passport = Assert.Single(entry.Documents);
        Assert.Equal(DocumentKind.Passport, passport.Kind);
        Assert.Equal("381420754", passport.Number);
        Assert.Equal("issued 2011-12-07; Expires on 7 Dec. 2016", passport.Note);
        Assert.Null(entry.Gender);
        Assert.Empty(entry.Identifiers);
        Assert.StartsWith("Senior official and head of the satellite control center", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DprkIndividualWithPassportCountry_KeepsIssuingCountryAndUpdates()
    {
        var entry = RealLists.Un2026.Entry("KPi.008");

        var passport = Assert.Single(entry.Documents);
        Assert.Equal(new IdentityDocument(DocumentKind.Passport, "645120196", "Democratic People's Republic of Korea"), passport);
        Seq.Equal([new DateOnly(2016, 3, 2), new DateOnly(2022, 7, 26), new DateOnly(2023, 6, 29)], entry.Updated);
        Assert.Equal("RA KY'ONG-SU", entry.PrimaryName.Full);
        Assert.Contains(new PartyName("Chang Myo’ng-Ho", NameKind.Alias), entry.Names);
    }

    [Fact]
    public void Parse_ShippingCompanyWithImoInComments_AddsImoIdentifier()
    {
        var entry = RealLists.Un2026.Entry("KPe.056");

        Assert.Equal(PartyKind.Organization, entry.Kind);
        Seq.Equal([new PartyName("CHONMYONG SHIPPING CO"), new PartyName("CHON MYONG SHIPPING COMPANY LIMITED", NameKind.Alias)], entry.Names);
        Seq.Equal([new Identifier(IdentifierKind.Imo, "5571322")], entry.Identifiers);
        Assert.Equal(2, entry.Addresses.Length);
        Assert.Equal(new Address("Kalrimgil 2-dong, Mangyongdae-guyok", StateOrProvince: "Pyongyang", Country: "Democratic People's Republic of Korea"), entry.Addresses[0]);
        Assert.Equal(new DateOnly(2018, 3, 30), entry.ListedOn);
        Seq.Equal([new DateOnly(2022, 7, 26)], entry.Updated);
        Assert.Empty(entry.DatesOfBirth);
    }

    [Theory]
    [InlineData("KPe.020", IdentifierKind.Imo, "1790183")]   // "International Maritime Organization (IMO) Number: 1790183."
    [InlineData("KPe.022", IdentifierKind.Imo, "5342883")]   // "IMO Number: 5342883."
    [InlineData("KPe.066", IdentifierKind.Imo, "5434358")]   // "Company Number IMO 5434358."
    [InlineData("KPe.023", IdentifierKind.SwiftBic, "DCBKKPPY")] // "SWIFT: DCBKKPPY."
    [InlineData("KPe.033", IdentifierKind.SwiftBic, "KUDBKPPY")] // "SWIFT/BIC: KUDBKPPY"
    public void Parse_IdentifierWrittenInComments_BecomesIdentifier(string reference, IdentifierKind kind, string value)
    {
        var entry = RealLists.Un2026.Entry(reference);

        Seq.Equal([new Identifier(kind, value)], entry.Identifiers);
    }

    [Fact]
    public void Parse_Real2026List_FindsEveryImoAndBicInComments()
    {
        var identifiers = RealLists.Un2026.Entries.SelectMany(e => e.Identifiers).ToList();

        Assert.Equal(16, identifiers.Count(i => i.Kind == IdentifierKind.Imo));
        Assert.Equal(5, identifiers.Count(i => i.Kind == IdentifierKind.SwiftBic));
    }

    [Fact]
    public void Parse_EntityAliasFka_IsFormerName()
    {
        var entry = RealLists.Un2026.Entry("CDe.001");

        Assert.Equal(new PartyName("Allied Democratic Forces", NameKind.Alias), entry.Names[1]);
        Seq.Equal(["Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda", "ADF/NALU", "NALU"],
            entry.Names.Where(n => n.Kind == NameKind.FormerName).Select(n => n.Full));
    }

    [Fact]
    public void Parse_IndividualWithLowAliasesScriptAndTextDates_MapsQualitiesAndDates()
    {
        var entry = RealLists.Un2026.Entry("QDi.306");

        Assert.Equal("MUSTAFA HAJJI MUHAMMAD KHAN", entry.PrimaryName.Full);
        Assert.Contains(new PartyName("Ahmad Shahji", NameKind.Alias, NameQuality.Low), entry.Names);
        Assert.Contains(new PartyName("Khalid Mahmud", NameKind.Alias, NameQuality.Good), entry.Names);
        Assert.Equal(new PartyName("مصطفى حجي محمد خان", NameKind.OriginalScript), entry.Names[^1]);
        // NOTE "Between Aug. and Sep. 1977" is read as a range of months; YEAR 1976 as an exact year.
        Seq.Equal([DateOfBirth.Between(new PartialDate(1977, 8), new PartialDate(1977, 9)), DateOfBirth.Exact(new PartialDate(1976))],
            entry.DatesOfBirth);
        Seq.Equal(["Pakistan", "Saudi Arabia"], entry.Nationalities);
    }

    [Fact]
    public void Parse_BetweenAndApproximateDates_MapsDateKinds()
    {
        var entries = RealLists.Un2026.Entries;

        Assert.Equal(31, entries.Sum(e => e.DatesOfBirth.Count(d => d.Kind == DateOfBirthKind.Between)) - 1); // + QDi.306's note range
        Assert.Contains(entries, e => e.DatesOfBirth.Any(d => d.Kind == DateOfBirthKind.Approximate && d.From.Month is null));
    }

    [Fact]
    public void Parse_Real2018List_ReadsEveryRecord()
    {
        var result = RealLists.Un2018Result;

        Assert.True(result.Success, result.ToString());
        var counts = result.Snapshot.CountByKind();
        Assert.Equal(703, counts[PartyKind.Person]);
        Assert.Equal(390, counts[PartyKind.Organization]);
        Assert.Equal(13, result.Snapshot.Entries.SelectMany(e => e.Regimes).Distinct().Count());
        Assert.Equal(new DateTimeOffset(2018, 10, 29, 19, 9, 49, 856, TimeSpan.FromHours(-4)), result.Snapshot.Version.Generated);
    }

    [Fact]
    public void Parse_2018PaddedFields_TrimsAndJoinsNameParts()
    {
        var snapshot = RealLists.Un2018;

        // <FIRST_NAME> RI </FIRST_NAME><SECOND_NAME>WON HO</SECOND_NAME>
        Assert.Equal("RI WON HO", snapshot.Entry("KPi.033").PrimaryName.Full);
        // <REFERENCE_NUMBER>KPi.034 </REFERENCE_NUMBER>, <FIRST_NAME>JO </FIRST_NAME>
        Assert.Equal("JO YONG CHOL", snapshot.Entry("KPi.034").PrimaryName.Full);
        // <FIRST_NAME>CHO  </FIRST_NAME><SECOND_NAME>CHUN RYONG </SECOND_NAME>
        Assert.Equal("CHO CHUN RYONG", snapshot.Entry("KPi.038").PrimaryName.Full);
        Seq.Equal([new IdentityDocument(DocumentKind.Passport, "381310014")], snapshot.Entry("KPi.033").Documents);
    }

    [Fact]
    public void Parse_2018DatesWithOffset_ReadsTheDate()
    {
        var entry = RealLists.Un2018.Entry("SSi.005");

        // <LISTED_ON>2015-07-01-04:00</LISTED_ON>, <DATE>1960-01-01-05:00</DATE>
        Assert.Equal(new DateOnly(2015, 7, 1), entry.ListedOn);
        Assert.Contains(DateOfBirth.Exact(new PartialDate(1960, 1, 1)), entry.DatesOfBirth);
    }

    [Fact]
    public void Parse_2018UpperCaseGender_IsNormalised()
    {
        Assert.Equal("Male", RealLists.Un2018.Entry("KPi.009").Gender);
    }

    [Fact]
    public void Parse_TruncatedFile_FailsNamingLineAndElement()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(RealLists.Un2026Path);
        var cut = text.IndexOf("<REFERENCE_NUMBER>KPi.006", StringComparison.Ordinal) + 22;
        var file = folder.Write("truncated.xml", text[..cut]);
        var lastLine = text[..cut].Count(c => c == '\n') + 1;

        var result = UnListParser.Parse(file);

        Assert.False(result.Success);
        Assert.Null(result.Snapshot);
        Assert.Equal("truncated.xml", result.Failure.Origin);
        Assert.Equal(lastLine, result.Failure.Line);
        Assert.NotNull(result.Failure.Column);
        Assert.Equal("REFERENCE_NUMBER", result.Failure.Element);
        Assert.Contains("Nothing was imported", result.Failure.Message, StringComparison.Ordinal);
        Assert.StartsWith($"truncated.xml({lastLine},", result.Failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MismatchedTagInsideRecord_FailsNamingLineRecordAndElement()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS>
            <INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER></INDIVIDUAL>
            <INDIVIDUAL><REFERENCE_NUMBER>XXi.002</REFERENCE_NUMBER>
            <FIRST_NAME>B</SECOND_NAME></INDIVIDUAL>
            </INDIVIDUALS></CONSOLIDATED_LIST>
            """;

        var result = Parse(xml);

        Assert.False(result.Success);
        Assert.Equal(5, result.Failure.Line);
        Assert.Equal("FIRST_NAME", result.Failure.Element);
        Assert.Equal("XXi.002", result.Failure.Record);
    }

    [Fact]
    public void Parse_DocumentTypeDeclaration_FailsWithoutResolvingEntities()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS/></CONSOLIDATED_LIST>
            """;

        var result = Parse(xml);

        Assert.False(result.Success);
        Assert.Contains("DTD is prohibited", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotXml_Fails()
    {
        var result = Parse("ent_num,name\n1,\"KIM\"\n");

        Assert.False(result.Success);
        Assert.Equal(1, result.Failure.Line);
        Assert.Contains("not well-formed XML", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherXmlDocument_FailsNamingRootElement()
    {
        var result = Parse("<?xml version=\"1.0\"?><sdnList><sdnEntry/></sdnList>");

        Assert.False(result.Success);
        Assert.Contains("<sdnList>", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingDateGenerated_Fails()
    {
        var result = Parse("<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>");

        Assert.False(result.Success);
        Assert.Contains("dateGenerated", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingFile_Fails()
    {
        var result = UnListParser.Parse(Path.Combine(Path.GetTempPath(), "no-such-list-" + Guid.NewGuid().ToString("N") + ".xml"));

        Assert.False(result.Success);
        Assert.Contains("does not exist", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RecordsWithoutReferenceOrName_AreReportedAndSkipped()
    {
        const string xml = """
            <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">
              <INDIVIDUALS>
                <INDIVIDUAL><FIRST_NAME>NO REFERENCE</FIRST_NAME><REFERENCE_NUMBER> </REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME/><REFERENCE_NUMBER>XXi.002</REFERENCE_NUMBER><INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS></INDIVIDUAL>
                <INDIVIDUAL>
                  <FIRST_NAME>  KIM </FIRST_NAME><SECOND_NAME>
                     CHOL   SU</SECOND_NAME><REFERENCE_NUMBER>XXi.003 </REFERENCE_NUMBER><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1970</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>not a date</DATE></INDIVIDUAL_DATE_OF_BIRTH>
                </INDIVIDUAL>
              </INDIVIDUALS>
              <ENTITIES/>
            </CONSOLIDATED_LIST>
            """;

        var result = Parse(xml);

        Assert.True(result.Success, result.ToString());
        var entry = Assert.Single(result.Snapshot.Entries);
        Assert.Equal("XXi.003", entry.Reference);
        Assert.Equal("KIM CHOL SU", entry.PrimaryName.Full);
        Seq.Equal([DateOfBirth.Approximately(new PartialDate(1970))], entry.DatesOfBirth);
        Assert.Equal(3, result.Issues.Length);
        Assert.Equal(3, result.Issues[0].Line);
        Assert.Contains("without REFERENCE_NUMBER", result.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, result.Issues[1].Line);
        Assert.Equal("XXi.002", result.Issues[1].Record);
        Assert.Contains("without any name", result.Issues[1].Message, StringComparison.Ordinal);
        Assert.Equal("XXi.003", result.Issues[2].Record);
        Assert.Equal(9, result.Issues[2].Line);
    }

    [Theory]
    [InlineData("Nov. 1973", 1973, 11)]
    [InlineData("August 1961", 1961, 8)]
    [InlineData("Sept 2001", 2001, 9)]
    public void TryParseNoteDate_MonthAndYear_ReturnsPartialDate(string note, int year, int month)
    {
        Assert.True(UnListReader.TryParseNoteDate(note, out var date));
        Assert.Equal(DateOfBirth.Exact(new PartialDate(year, month)), date);
    }

    [Theory]
    [InlineData("30-35 years old")]
    [InlineData("24/06/1402 (Hijri Calendar)")]
    [InlineData("from false passport")]
    public void TryParseNoteDate_FreeText_ReturnsFalse(string note) =>
        Assert.False(UnListReader.TryParseNoteDate(note, out _));

    static ImportResult Parse(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return UnListParser.Parse(stream, "test.xml");
    }
}
