using Interdict.Core.Lists;

namespace Interdict.Lists.Tests;

public sealed class OfacSdnParserTests
{
    [Fact]
    public void Parse_RealFolder_ReadsEveryEntryOfEveryKind()
    {
        var result = RealLists.OfacResult;

        Assert.True(result.Success, result.ToString());
        var counts = result.Snapshot.CountByKind();
        Assert.Equal(4620, counts[PartyKind.Person]);
        Assert.Equal(3673, counts[PartyKind.Organization]);
        Assert.Equal(406, counts[PartyKind.Vessel]);
        Assert.Equal(277, counts[PartyKind.Aircraft]);
        Assert.Equal(8976, result.Snapshot.Entries.Length);
        Assert.Equal(414, result.Snapshot.Entries.Count(e => e.Regimes.Any(r => r.StartsWith("DPRK", StringComparison.Ordinal))));
        Assert.All(result.Snapshot.Entries, e =>
        {
            Assert.Equal("ofac", e.Source);
            Assert.True(int.TryParse(e.Reference, out _));
            Assert.NotEmpty(e.Regimes);
        });
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Parse_RealFolderWithDate_VersionIsTheGivenDateAndFolderName()
    {
        var version = RealLists.Ofac.Version;

        Assert.Equal("ofac", version.Source);
        Assert.Equal(RealLists.Published, version.Generated);
        Assert.Equal("ofac", version.Origin);
    }

    [Fact]
    public void Parse_NoDateGiven_VersionIsNewestFileTime()
    {
        var result = OfacSdnParser.Parse(Path.Combine(RealLists.OfacFolder, "sdn.csv"));

        Assert.True(result.Success);
        var newest = new[] { "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv" }
            .Max(f => File.GetLastWriteTimeUtc(Path.Combine(RealLists.OfacFolder, f)));
        Assert.Equal(new DateTimeOffset(newest, TimeSpan.Zero), result.Snapshot.Version.Generated);
        Assert.Equal(8976, result.Snapshot.Entries.Length);
    }

    [Fact]
    public void Parse_DprkIndividual_ReadsDobNationalityPassportAndTitleFromColumnsAndRemarks()
    {
        var entry = RealLists.Ofac.Entry("17616");

        Assert.Equal(PartyKind.Person, entry.Kind);
        Seq.Equal([new PartyName("RYU, Jin")], entry.Names);
        Seq.Equal(["DPRK2"], entry.Regimes);
        Seq.Equal(["KOMID official in Syria"], entry.Designations);
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1965, 8, 7))], entry.DatesOfBirth);
        Seq.Equal(["Korea, North"], entry.Nationalities);
        Seq.Equal([new IdentityDocument(DocumentKind.Passport, "563410081")], entry.Documents);
        Assert.Empty(entry.Addresses); // add.csv holds only "-0-" for it
        Assert.StartsWith("DOB 07 Aug 1965; nationality Korea, North;", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IndividualWithRemarks_ReadsPobPassportCountryAndWeakAlias()
    {
        var entry = RealLists.Ofac.Entry("6905");

        Assert.Equal("ABU ZUBAYDAH", entry.PrimaryName.Full);
        Assert.Contains(new PartyName("ABU ZUBAIDA", NameKind.Alias), entry.Names); // alt.csv: strong
        Assert.Contains(new PartyName("HUSAYN, Zayn al-Abidin Muhammad", NameKind.Alias), entry.Names);
        Assert.Equal(new PartyName("TARIQ", NameKind.Alias, NameQuality.Low), entry.Names[^1]); // remarks a.k.a.: weak
        Assert.Equal(8, entry.Names.Length);
        Seq.Equal([DateOfBirth.Exact(new PartialDate(1971, 3, 12))], entry.DatesOfBirth);
        Seq.Equal([new Address(City: "Riyadh", Country: "Saudi Arabia")], entry.PlacesOfBirth);
        Seq.Equal(["Palestinian"], entry.Nationalities);
        Seq.Equal([new IdentityDocument(DocumentKind.Passport, "484824", "Egypt", "issued 18 Jan 1984")], entry.Documents);
        Seq.Equal(["SDGT"], entry.Regimes);
    }

    [Fact]
    public void Parse_Vessel_ReadsFlagCallSignImoMmsiAndFormerNames()
    {
        var entry = RealLists.Ofac.Entry("15036");

        Assert.Equal(PartyKind.Vessel, entry.Kind);
        Seq.Equal(
            [
                new PartyName("ARTAVIL"),
                new PartyName("ABADAN", NameKind.FormerName),
                new PartyName("SHONA", NameKind.FormerName),
                new PartyName("ALPHA", NameKind.FormerName, NameQuality.Low),
            ],
            entry.Names);
        Seq.Equal(["Iran"], entry.Nationalities);
        Seq.Equal(["IRAN"], entry.Regimes);
        Seq.Equal(
            [
                new Identifier(IdentifierKind.CallSign, "T2EU4"),
                new Identifier(IdentifierKind.Imo, "9187629"),
                new Identifier(IdentifierKind.Mmsi, "572469210"),
            ],
            entry.Identifiers);
        Assert.EndsWith("Vessel type Crude/Oil Products Tanker; Tonnage 99,144; GRT 56,068.", entry.Comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DprkVessel_ReadsImoAndFlag()
    {
        var entry = RealLists.Ofac.Entry("17069");

        Assert.Equal(PartyKind.Vessel, entry.Kind);
        Assert.Equal("CHONG CHON GANG", entry.PrimaryName.Full);
        Seq.Equal(["Democratic People's Republic of Korea"], entry.Nationalities);
        Seq.Equal([new Identifier(IdentifierKind.Imo, "7937317")], entry.Identifiers);
        Seq.Equal(["DPRK"], entry.Regimes);
    }

    [Fact]
    public void Parse_Bank_ReadsSwiftBicAndAddress()
    {
        var entry = RealLists.Ofac.Entry("12312");

        Assert.Equal(PartyKind.Organization, entry.Kind);
        Seq.Equal([new Identifier(IdentifierKind.SwiftBic, "KDBKKPPY")], entry.Identifiers);
        Seq.Equal([new Address("Segori-dong, Gyongheung St., Potonggang District", "Pyongyang", Country: "Korea, North")], entry.Addresses);
    }

    [Fact]
    public void Parse_RemarksContinuedInCommentsFile_AppendsContinuationBeforeParsing()
    {
        var entry = RealLists.Ofac.Entry("28263");

        // sdn.csv cuts the remarks in "a.k.a. 'snowsjo"; sdn_comments.csv continues with "hn'; Linked To: LAZARUS GROUP."
        Assert.EndsWith("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.", entry.Comments, StringComparison.Ordinal);
        Assert.Equal(new PartyName("snowsjohn", NameKind.Alias, NameQuality.Low), entry.Names[^1]);
        Seq.Equal(["DPRK3", "CYBER2"], entry.Regimes);
        Seq.Equal([new IdentityDocument(DocumentKind.Other, "321284198607120616", "China", "Identification Number")], entry.Documents);
        Assert.Equal("Male", entry.Gender);
    }

    [Fact]
    public void Parse_RangesAndAlternativeDates_ReadsEveryDateOfBirth()
    {
        var entry = RealLists.Ofac.Entry("12057");

        Assert.Contains(DateOfBirth.Between(new PartialDate(1960), new PartialDate(1962)), entry.DatesOfBirth);
        Assert.Contains(DateOfBirth.Exact(new PartialDate(1961, 4)), entry.DatesOfBirth);
        Assert.Equal(4, entry.DatesOfBirth.Length);
    }

    [Fact]
    public void Parse_BrokenRows_ReportsLineAndImportsTheRest()
    {
        using var folder = new TempFolder();
        folder.Write("sdn.csv", string.Join("\r\n",
            "1,\"KIM, Chol\",\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1970; nationality Korea, North.\"",
            "2,\"BROKEN, Row\",\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1970; never closed",
            "3,\"SHORT ROW\",-0- ,\"DPRK3\"",
            "4,\"ACME TRADING CO., LTD.\",-0- ,\"DPRK3] [NPWMD\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "x5,\"BAD NUMBER\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "\u001a"));
        folder.Write("alt.csv", "1,10,\"aka\",\"KIM, Cheol\",-0- \r\n99,11,\"aka\",\"ORPHAN\",-0- \r\n");

        var result = OfacSdnParser.Parse(folder.Path, RealLists.Published);

        Assert.True(result.Success, result.ToString());
        Seq.Equal(["1", "4"], result.Snapshot.Entries.Select(e => e.Reference));
        Seq.Equal([new PartyName("KIM, Chol"), new PartyName("KIM, Cheol", NameKind.Alias)], result.Snapshot.Entries[0].Names);
        Seq.Equal(["DPRK3", "NPWMD"], result.Snapshot.Entries[1].Regimes);
        Assert.Equal(PartyKind.Organization, result.Snapshot.Entries[1].Kind);
        Assert.Null(result.Snapshot.Entries[1].Comments);

        Assert.Equal(4, result.Issues.Length);
        var unterminated = result.Issues[0];
        Assert.Equal(("sdn.csv", 2, "2"), (unterminated.Origin, unterminated.Line, unterminated.Record));
        Assert.Contains("unterminated quoted field", unterminated.Message, StringComparison.Ordinal);
        Assert.Equal(("sdn.csv", 3), (result.Issues[1].Origin, result.Issues[1].Line));
        Assert.Contains("4 columns where 12 are expected", result.Issues[1].Message, StringComparison.Ordinal);
        Assert.Equal(("sdn.csv", 5, "ent_num"), (result.Issues[2].Origin, result.Issues[2].Line, result.Issues[2].Element));
        Assert.Equal(("alt.csv", 2, "99"), (result.Issues[3].Origin, result.Issues[3].Line, result.Issues[3].Record));
        Assert.StartsWith("sdn.csv(2,", unterminated.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Latin1File_IsRefusedNamingTheByte_NotReadAsLatin1()
    {
        using var folder = new TempFolder();
        var latin1 = System.Text.Encoding.Latin1.GetBytes(
            "7,\"PEREZ, Jose\",\"individual\",\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "8,\"PÉREZ, José\",\"individual\",\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"POB Bogotá, Colombia.\"\r\n");
        File.WriteAllBytes(Path.Combine(folder.Path, "sdn.csv"), latin1);

        var result = OfacSdnParser.Parse(folder.Path, RealLists.Published);

        Assert.False(result.Success);
        Assert.Equal(("sdn.csv", 2, 5), (result.Failure.Origin, result.Failure.Line, result.Failure.Column));
        Assert.Contains("0xC9", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FolderWithoutSdnCsv_Fails()
    {
        using var folder = new TempFolder();
        folder.Write("alt.csv", "1,10,\"aka\",\"KIM, Cheol\",-0- \r\n");

        var result = OfacSdnParser.Parse(folder.Path);

        Assert.False(result.Success);
        Assert.Null(result.Snapshot);
        Assert.Equal("sdn.csv", result.Failure.Origin);
        Assert.Contains("needs sdn.csv", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptySdnCsv_IsAnEmptyList()
    {
        using var folder = new TempFolder();
        folder.Write("sdn.csv", "");

        var result = OfacSdnParser.Parse(folder.Path, RealLists.Published);

        Assert.True(result.Success);
        Assert.Empty(result.Snapshot.Entries);
    }

    [Fact]
    public void Parse_LinkedTo_BecomesALinkToTheEntryOfThatName()
    {
        var links = RealLists.Ofac.Entries.SelectMany(e => e.Links).ToArray();

        // 3,408 "Linked To:" clauses; all but 11 name an entry of the list (by its primary name first, ignoring
        // punctuation: the remarks drop the final dot of "S.A." at the end of a clause).
        Assert.Equal(3408, links.Length);
        Assert.Equal(3397, links.Count(l => l.Reference is not null));
        Assert.All(links, l => Assert.Equal((LinkKind.LinkedTo, "Linked To"), (l.Kind, l.Role)));
        Seq.Equal([new PartyLink(LinkKind.LinkedTo, "HIZBALLAH", "4697", "Linked To")], RealLists.Ofac.Entry("2686").Links);
        Assert.Contains(new PartyLink(LinkKind.LinkedTo, "AGROPECUARIA LA ROBLEDA S.A.", "4486", "Linked To"), RealLists.Ofac.Entry("4358").Links);
    }
}
