using Interdict.Core.Lists;

namespace Interdict.Lists.Tests.Sources;

/// <summary>The registry: every format found by content, each named once, and the date rule.</summary>
public sealed class ListSourcesTests
{
    [Fact]
    public void Formats_HaveDistinctNamesAndTitles()
    {
        Assert.Equal(ListSources.All.Length, ListSources.All.Select(s => s.Format).Distinct().Count());
        Assert.Equal(ListSources.All.Length, ListSources.All.Select(s => s.Title).Distinct().Count());
    }

    [Theory]
    [InlineData("eu/eu-fsf-1.1_2026-08-05_extract.xml", "eu-fsf-xml")]
    [InlineData("uk/uk-fcdo-sanctions-list_2026-09-10_extract.xml", "uk-fcdo-xml")]
    [InlineData("ofac/CONS_ENHANCED.XML", "ofac-enhanced-xml")]
    [InlineData("opensanctions-ftm/yente-zala_entities.ftm.json", "ftm-jsonl")]
    [InlineData("opensanctions-ftm/yente-t1_entities.ftm.json", "ftm-jsonl")]
    public void Detect_RealSample_TellsItsFormatFromContent(string file, string format)
    {
        Assert.Equal(format, ListFiles.Detect(Path.Combine(MoreLists.Folder, file))?.Format);
    }

    [Fact]
    public void Detect_ContentNotName_DecidesTheFormat()
    {
        // An upload without a usable name is saved as list.xml: the content still tells an FtM file and an EU file.
        using var folder = new TempFolder();
        var ftm = Path.Combine(folder.Path, "list.xml");
        File.Copy(MoreLists.ZalaPath, ftm);
        var eu = Path.Combine(folder.Path, "download.bin");
        File.Copy(MoreLists.EuPath, eu);

        Assert.Equal("ftm-jsonl", ListFiles.Detect(ftm)?.Format);
        Assert.Equal("eu-fsf-xml", ListFiles.Detect(eu)?.Format);
    }

    [Fact]
    public void Detect_EuFolder_FindsTheOneFileOfAKnownFormat()
    {
        // The folder also holds the legacy 1.0 file (root WHOLE), which no format reads.
        Assert.Equal("eu-fsf-xml", ListFiles.Detect(Path.Combine(MoreLists.Folder, "eu"))?.Format);
    }

    [Fact]
    public void Import_XmlOfNoKnownFormat_NamesItsRootAndTheFormatsRead()
    {
        var result = ListFiles.Import(Path.Combine(MoreLists.Folder, "eu", "eu-fsf-legacy-1.0_2016-02-11_extract.xml"));

        Assert.False(result.Success);
        Assert.Equal("WHOLE", result.Failure.Element);
        Assert.True(result.Failure.Line > 0);
        Assert.Contains("<WHOLE>", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("EU Financial Sanctions File (XML 1.1)", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FtmWithoutDate_IsRefusedAskingForIt()
    {
        var result = ListFiles.Import(MoreLists.ZalaPath);

        Assert.False(result.Success);
        Assert.Contains("--date", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DatedFormats_IgnoreAGivenDate_AndSayWhereTheirDateIsFrom()
    {
        var result = ListFiles.Import(MoreLists.UkPath, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero), result.GetSnapshotOrThrow().Version.Generated);
        Assert.Equal(new ListDating("uk-fcdo-sanctions-list_2026-09-10_extract.xml", "DateGenerated"), result.DatedBy);
        Assert.Equal("generationDate", MoreLists.EuResult.DatedBy!.Field);
        Assert.Equal("dataAsOf", MoreLists.OfacEnhancedResult.DatedBy!.Field);
        Assert.Equal("date", MoreLists.ZalaResult.DatedBy!.Field);
    }

    [Fact]
    public void Plausibility_RefusesAFutureVersion_NamingTheFormatsDateField()
    {
        var rules = new ListPlausibility(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var refusal = rules.Check(MoreLists.EuResult, null, allowShrink: false);

        Assert.NotNull(refusal);
        Assert.Equal(("eu-fsf-1.1_2026-08-05_extract.xml", "generationDate"), (refusal.Reason.Origin, refusal.Reason.Element));
    }

    [Fact]
    public void ListDiff_ALinkChanged_IsAChangeThatDoesNotAffectScreening()
    {
        var before = MoreLists.Uk;
        var entry = before.Entry("BEL0107");
        var after = before with { Entries = before.Entries.Replace(entry, entry with { Links = entry.Links.RemoveAt(0) }) };

        var diff = ListDiff.Compute(before, after);

        var change = Assert.Single(diff.Changed);
        Seq.Equal(["Links"], change.Fields);
        Assert.False(change.AffectsScreening);
    }
}
