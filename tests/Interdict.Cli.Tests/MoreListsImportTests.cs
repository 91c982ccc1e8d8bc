namespace Interdict.Cli.Tests;

/// <summary>Each newer list format imported through the real importer (`interdict lists import`: parsed, checked,
/// stored in the data folder's SQLite database, indexed) and screened against by its list id, alone and beside the UN
/// list, as `--lists` resolves any loaded id.</summary>
public sealed class MoreListsImportTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("eu/eu-fsf-1.1_2026-08-05_extract.xml", null, "imported eu 2026-08-05T14:47:04Z: 5 entries", "eu", "Khalid Sheikh Mohammed", "EU.3579.2")]
    [InlineData("uk/uk-fcdo-sanctions-list_2026-09-10_extract.xml", null, "imported uk 2026-09-10T00:00:00Z: 5 entries", "uk", "Haji Khairullah Money Exchange", "AFG0001")]
    [InlineData("ofac/CONS_ENHANCED.XML", null, "imported ofac-cons 2025-01-10T00:00:00Z: 443 entries", "ofac-cons", "VTB Bank PJSC", "17013")]
    [InlineData("opensanctions-ftm/yente-zala_entities.ftm.json", "2026-05-01", "imported opensanctions 2026-05-01T00:00:00Z: 14 entries", "opensanctions", "Aleksandr Vyacheslavovich Zakharov", "NK-aU5ybkbRFJucf8YMwsJvDw")]
    public void Import_RealSample_IsStoredAndScreenedAgainstByItsListId(string file, string? date, string imported, string list, string name, string reference)
    {
        string[] arguments = date is null
            ? ["lists", "import", Path.Combine(RepositoryPaths.MoreLists, file)]
            : ["lists", "import", Path.Combine(RepositoryPaths.MoreLists, file), "--date", date];

        var import = _cli.Run(arguments);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains(imported, import.Output);
        Assert.Contains(list, _cli.Run("lists").Output);
        // A new process reads the version back from the database.
        var screen = _cli.Run("screen", name, "--lists", list);
        Assert.True(screen.ExitCode == 0, screen.ToString());
        Assert.Contains(reference, screen.Output);
    }

    [Fact]
    public void Import_FtmWithoutDate_IsRefusedAskingForIt()
    {
        var result = _cli.Run("lists", "import", Path.Combine(RepositoryPaths.MoreLists, "opensanctions-ftm", "yente-zala_entities.ftm.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--date", result.Error);
        Assert.DoesNotContain("opensanctions", _cli.Run("lists").Output);
    }

    [Fact]
    public void Screen_APartyOnSeveralLists_ShowsEachListing()
    {
        Assert.Equal(0, _cli.Run("lists", "import", Path.Combine(RepositoryPaths.MoreLists, "uk", "uk-fcdo-sanctions-list_2026-09-10_extract.xml")).ExitCode);
        Assert.Equal(0, _cli.Run("lists", "import", Path.Combine(RepositoryPaths.MoreLists, "eu", "eu-fsf-1.1_2026-08-05_extract.xml")).ExitCode);

        // Mohammad Hassan Akhund: UN TAi.002 (the bundled list) and the UK's AFG0006.
        var both = _cli.Run("screen", "Mohammad Hassan Akhund", "--lists", "un,uk");

        Assert.True(both.ExitCode == 0, both.ToString());
        Assert.Contains("TAi.002", both.Output);
        Assert.Contains("AFG0006", both.Output);
        var ukOnly = _cli.Run("screen", "Mohammad Hassan Akhund", "--lists", "uk");
        Assert.DoesNotContain("TAi.002", ukOnly.Output);
        Assert.Contains("no list 'ofac-cons' is loaded (loaded: ", _cli.Run("screen", "x", "--lists", "eu,ofac-cons").Error);
    }
}
