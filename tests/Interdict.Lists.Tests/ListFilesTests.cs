namespace Interdict.Lists.Tests;

public sealed class ListFilesTests
{
    [Fact]
    public void Detect_RealPaths_TellsFormats()
    {
        Assert.Equal("ofac-csv", ListFiles.Detect(RealLists.OfacFolder)?.Format);
        Assert.Equal("ofac-csv", ListFiles.Detect(Path.Combine(RealLists.OfacFolder, "sdn.csv"))?.Format);
        Assert.Equal("un-xml", ListFiles.Detect(RealLists.Un2026Path)?.Format);
        Assert.Null(ListFiles.Detect(Path.Combine(RealLists.OfacFolder, "alt.csv")));
        Assert.Null(ListFiles.Detect(Path.Combine(RealLists.TestData, "no-such-file.xml")));
    }

    [Fact]
    public void Detect_FolderWithTwoUnFiles_IsUnknown()
    {
        Assert.Null(ListFiles.Detect(Path.Combine(RealLists.TestData, "un")));
    }

    [Fact]
    public void Import_FolderWithTwoUnFiles_FailsSayingSo()
    {
        var result = ListFiles.Import(Path.Combine(RealLists.TestData, "un"));

        Assert.False(result.Success);
        Assert.Contains("2 UN list files", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnFile_ImportsTheUnList()
    {
        var result = ListFiles.Import(RealLists.Un2018Path);

        Assert.True(result.Success);
        Assert.Equal("un", result.Snapshot.Version.Source);
        Assert.Equal(1093, result.Snapshot.Entries.Length);
    }

    [Fact]
    public void Import_FolderWithOneUnFile_ImportsIt()
    {
        using var folder = new TempFolder();
        File.Copy(RealLists.Un2026Path, Path.Combine(folder.Path, "consolidated-2026-02-27.xml"));

        var result = ListFiles.Import(folder.Path);

        Assert.True(result.Success);
        Assert.Equal(1003, result.Snapshot.Entries.Length);
        Assert.Equal("un-xml", ListFiles.Detect(folder.Path)?.Format);
    }

    [Fact]
    public void Import_OfacSdnCsvPathWithDate_ImportsTheFolder()
    {
        var result = ListFiles.Import(Path.Combine(RealLists.OfacFolder, "sdn.csv"), RealLists.Published);

        Assert.True(result.Success);
        Assert.Equal(8976, result.Snapshot.Entries.Length);
        Assert.Equal(RealLists.Published, result.Snapshot.Version.Generated);
    }

    [Fact]
    public void Import_BrokenXmlFile_FailsWithTheXmlPosition()
    {
        using var folder = new TempFolder();
        var file = folder.Write("list.xml", "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\">\n<INDIVIDUALS>\n<INDIVIDUAL>");

        var result = ListFiles.Import(file);

        Assert.False(result.Success);
        Assert.Equal("list.xml", result.Failure.Origin);
        Assert.Equal(3, result.Failure.Line);
    }

    [Fact]
    public void Import_TextFile_FailsAsUnknownFormat()
    {
        using var folder = new TempFolder();
        var file = folder.Write("names.txt", "KIM JONG UN\n");

        var result = ListFiles.Import(file);

        Assert.False(result.Success);
        Assert.Contains("is not a list file this engine reads (", result.Failure.Message, StringComparison.Ordinal);
        Assert.All(ListSources.All, source => Assert.Contains(source.Title, result.Failure.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void FilesOf_OfacFolder_ListsTheFourFiles()
    {
        var files = ListFiles.FilesOf(RealLists.OfacFolder);

        Assert.Equal(["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"], files.Select(Path.GetFileName));
        Assert.All(files, f => Assert.True(Path.IsPathFullyQualified(f)));
    }

    [Fact]
    public void FilesOf_UnFile_IsTheFile()
    {
        Assert.Equal([Path.GetFullPath(RealLists.Un2026Path)], ListFiles.FilesOf(RealLists.Un2026Path));
        Assert.Empty(ListFiles.FilesOf(Path.Combine(RealLists.OfacFolder, "alt.csv")));
    }
}
