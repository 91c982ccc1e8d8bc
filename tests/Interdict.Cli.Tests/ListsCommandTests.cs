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

        var lists = _cli.Run("lists");
        Assert.Contains("2018-10-29", lists.Output);
        Assert.Contains("until 2026-02-27", lists.Output);

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

    static int FreeLoopbackPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
