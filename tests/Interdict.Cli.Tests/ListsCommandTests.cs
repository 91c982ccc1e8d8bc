using System.Net;
using System.Net.Sockets;

namespace Interdict.Cli.Tests;

public sealed class ListsCommandTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Lists_OnAFreshDataFolder_ShowsTheBundledUnList()
    {
        var result = _cli.Run("lists");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2026-02-27T00:00:09Z", result.Output);
        Assert.Contains("730", result.Output); // individuals
        Assert.Contains("273", result.Output); // entities
    }

    [Fact]
    public void Import_OlderVersion_IsServedForDatesBeforeTheNewOne()
    {
        var import = _cli.Run("lists", "import", RepositoryPaths.UnList2018);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("imported un 2018-10-29", import.Output);

        using (var lists = System.Text.Json.JsonDocument.Parse(_cli.Run("lists", "--format", "json").Output))
        {
            var un2018 = lists.RootElement.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("in_force_from").GetString() == "2018-10-29");
            Assert.Equal("2026-02-27", un2018.GetProperty("in_force_until").GetString());
        }

        var asOf2019 = _cli.Run("screen", "Ri Won Ho", "--as-of", "2019-06-01");
        Assert.Contains("un 2018-10-29", asOf2019.Output);

        var again = _cli.Run("lists", "import", RepositoryPaths.UnList2018);
        Assert.Contains("already loaded", again.Output);
    }

    [Fact]
    public void Import_TruncatedFile_IsRefusedNamingTheLineAndTheListsStayAsTheyWere()
    {
        var truncated = _cli.PathIn("truncated.xml");
        var text = File.ReadAllText(RepositoryPaths.UnList2018);
        File.WriteAllText(truncated, text[..(text.Length / 2)]);

        var result = _cli.Run("lists", "import", truncated);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line", result.Error);
        Assert.Contains("not imported", result.Error);
        Assert.DoesNotContain("2018-10-29", _cli.Run("lists").Output);
        Assert.Contains("KPi.033", _cli.Run("screen", "Ri Won Ho").Output);
    }

    [Fact]
    public void Import_EmptyUnList_IsRefused_AndScreeningStillFindsTheEntry()
    {
        var empty = _cli.PathIn("empty.xml");
        File.WriteAllText(empty, "<CONSOLIDATED_LIST dateGenerated=\"2026-06-01T00:00:00Z\"/>");

        var result = _cli.Run("lists", "import", empty);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no entries", result.Error);
        Assert.Contains("KPi.033", _cli.Run("screen", "Ri Won Ho").Output);
        // The refusal is in the data folder's audit trail, whose chain stays intact.
        var verify = _cli.Run("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public void Import_PartialLaterVersion_IsRefusedWithTheDiff_UntilTheShrinkIsAllowed()
    {
        var text = File.ReadAllText(RepositoryPaths.UnList2026);
        var cut = System.Text.RegularExpressions.Regex.Matches(text, "<INDIVIDUAL>").Cast<System.Text.RegularExpressions.Match>().ElementAt(100).Index;
        var partial = _cli.PathIn("partial.xml");
        File.WriteAllText(partial, System.Text.RegularExpressions.Regex.Replace(text[..cut], "dateGenerated=\"[^\"]*\"", "dateGenerated=\"2026-03-01T00:00:00Z\"")
            + "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>");

        var refused = _cli.Run("lists", "import", partial);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Matches("diff against un 2026-02-27T00:00:09Z: 0 added, [0-9]{3} removed", refused.Error);
        Assert.Contains("--allow-shrink", refused.Error);
        Assert.DoesNotContain("2026-03-01", _cli.Run("lists").Output);
        var allowed = _cli.Run("lists", "import", partial, "--allow-shrink");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("imported un 2026-03-01", allowed.Output);
    }

    [Fact]
    public void Screen_AsOfBeforeTheFirstVersion_SaysNoVersionWasInForce()
    {
        var table = _cli.Run("screen", "Ri Won Ho", "--as-of", "2010-01-01", "--format", "table");
        var json = _cli.Run("screen", "Ri Won Ho", "--as-of", "2010-01-01", "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("No version of un was in force on 2010-01-01", table.Output); // beside the answer it qualifies
        Assert.DoesNotContain("KPi.033", table.Output);
        Assert.Contains("No version of un was in force on 2010-01-01", json.Error);   // out of the way of a program
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(json.Output).RootElement.GetProperty("matches").GetArrayLength()); 
    }

    [Fact]
    public void Update_WithoutNetwork_SaysSoAndChangesNothing()
    {
        var closedPort = FreeLoopbackPort();
        var result = _cli.Run(new Dictionary<string, string> { ["INTERDICT_UN_URL"] = $"http://127.0.0.1:{closedPort}/consolidated.xml" }, "lists", "update");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("cannot fetch the un list", result.Error);
        Assert.Contains("Nothing changed", result.Error);
    }

    [Fact]
    public async Task Update_FromTheOfficialAddress_ImportsTheFile()
    {
        var port = FreeLoopbackPort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var bytes = await File.ReadAllBytesAsync(RepositoryPaths.UnList2018);
            context.Response.ContentType = "application/xml";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        });

        var result = _cli.Run(new Dictionary<string, string> { ["INTERDICT_UN_URL"] = $"http://127.0.0.1:{port}/consolidated.xml" }, "lists", "update");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("imported un 2018-10-29", result.Output);
        await serving.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Export_UnAsFtm_ToAFileAndToStandardOutput_ImportsBackAsTheSameEntries()
    {
        var file = _cli.PathIn("un.ftm.json");
        var export = _cli.Run("lists", "export", "--list", "un", "--format", "ftm", "--output", file);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("exported un 2026-02-27T00:00:09Z: 1,003 entries as", export.Output);
        Assert.False(File.Exists(file + ".partial"));

        var piped = _cli.Run("lists", "export", "--list", "un", "--output", "-");
        Assert.True(piped.ExitCode == 0, piped.ToString());
        Assert.Equal(File.ReadAllText(file), piped.Output);
        Assert.StartsWith("{\"id\":\"un-", piped.Output, StringComparison.Ordinal);

        var import = _cli.Run("lists", "import", file, "--date", "2026-03-01");
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("imported opensanctions 2026-03-01", import.Output);
        using var lists = System.Text.Json.JsonDocument.Parse(_cli.Run("lists", "--format", "json").Output);
        var back = lists.RootElement.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("list").GetString() == "opensanctions");
        Assert.Equal(1003, back.GetProperty("entries").GetInt32());
    }

    [Fact]
    public void Export_UnknownListOrFormat_ExitCodesOfTheCli()
    {
        var unknown = _cli.Run("lists", "export", "--list", "eu");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--list eu: no such list is loaded (loaded: un)", unknown.Error);
        Assert.Equal(1, _cli.Run("lists", "export", "--list", "un", "--format", "csv").ExitCode);
        Assert.Equal(1, _cli.Run("lists", "export").ExitCode);
        Assert.Equal(2, _cli.Run("lists", "export", "--list", "un", "--list-version", "1999-01-01T00:00:00Z").ExitCode);
    }

    static int FreeLoopbackPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
