using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Interdict.Cli.Tests;

/// <summary>The CLI and the server are one deployment: the same data folder, database and list versions. A version
/// imported by one is served by the other, and what the CLI screens and checks is in the same audit trail.</summary>
public sealed class OneStoreTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task AVersionImportedByTheCli_IsServedByARunningServer_AndTheServersImportsReachTheCli()
    {
        var key = _cli.Run("keys", "create", "--role", "admin", "--name", "one-store").Output.Trim();
        await using var server = await RunningServer.StartAsync(_cli, key);

        var cliImport = _cli.Run("lists", "import", RepositoryPaths.UnList2018);
        Assert.True(cliImport.ExitCode == 0, cliImport.ToString());
        Assert.True(await server.WaitUntilAsync(async c => (await c.GetStringAsync("/v1/lists")).Contains("2018-10-29", StringComparison.Ordinal)),
            "the running server never served the version the CLI imported");
        // ... and screens against it as of a date it was in force.
        using (var asOf = new StringContent("""{"name": "Ri Won Ho", "as_of": "2019-06-01"}""", System.Text.Encoding.UTF8, "application/json"))
        {
            var screened = await server.Client.PostAsync("/v1/screen", asOf);
            var body = await screened.Content.ReadAsStringAsync();
            Assert.True(screened.StatusCode == HttpStatusCode.OK, body);
            Assert.Contains("2018-10-29", body, StringComparison.Ordinal);
            Assert.DoesNotContain("2026-02-27", body, StringComparison.Ordinal);
        }

        // The reverse: OFAC imported over HTTP (with its publication date), then seen by the CLI.
        using var form = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(RepositoryPaths.OfacFolder))
        {
            var part = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(part, "file", Path.GetFileName(file));
        }
        form.Add(new StringContent("2021-06-01"), "date");
        var httpImport = await server.Client.PostAsync("/v1/lists/import", form);
        Assert.True(httpImport.StatusCode == HttpStatusCode.OK, await httpImport.Content.ReadAsStringAsync());

        Assert.Contains("2021-06-01T00:00:00Z", _cli.Run("lists").Output);
        // ... and the CLI screens against it as of a date it was in force.
        var ofac = _cli.Run("screen", "Banco Nacional de Cuba", "--lists", "ofac", "--as-of", "2022-01-01", "--format", "json");
        Assert.True(ofac.ExitCode == 0, ofac.ToString());
        using (var answer = JsonDocument.Parse(ofac.Output))
        {
            Assert.Equal(["ofac 2021-06-01T00:00:00Z"], answer.RootElement.GetProperty("list_versions").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal("306", answer.RootElement.GetProperty("matches")[0].GetProperty("ref").GetString());
        }
        Assert.Contains("un 2018-10-29", _cli.Run("screen", "Ri Won Ho", "--as-of", "2019-06-01").Output);
    }

    [Fact]
    public async Task ScreeningsChecksAndImportsOfTheCli_AreInTheAuditTrail()
    {
        Assert.Equal(0, _cli.Run("screen", "Ri Won Ho").ExitCode);
        var check = _cli.PathIn("check.json");
        File.WriteAllText(check, """{"id": "audit-me", "date": "2017-03-01", "activity": "trade", "direction": "from_dprk", "goods": [{"hs": "2701", "quantity": 10, "unit": "t", "origin": "KP"}], "parties": [], "facts": {}}""");
        Assert.Equal(0, _cli.Run("check", "--file", check, "--json").ExitCode);
        var batch = _cli.PathIn("names.csv");
        File.WriteAllText(batch, "id,name\n1,Ri Won Ho\n2,Plain Harbour Bakery\n");
        Assert.Equal(0, _cli.Run("screen", "--input", batch, "--output", _cli.PathIn("hits.jsonl")).ExitCode);
        Assert.Equal(0, _cli.Run("lists", "import", RepositoryPaths.UnList2018).ExitCode);

        var key = _cli.Run("keys", "create", "--role", "admin", "--name", "auditor").Output.Trim();
        using var client = RunningServer.ClientFor(_cli, key, out var process);
        try
        {
            var records = new List<(string Action, string Subject, string Actor)>();
            using (var audit = JsonDocument.Parse(await RunningServer.WaitForAsync(client, "/v1/audit?limit=100")))
            {
                foreach (var record in audit.RootElement.GetProperty("records").EnumerateArray())
                {
                    records.Add((record.GetProperty("action").GetString()!, record.GetProperty("subject").GetString()!, record.GetProperty("actor").GetString()!));
                }
            }
            Assert.Contains(records, r => r is { Action: "screen", Subject: "Ri Won Ho" } && r.Actor.StartsWith("cli:", StringComparison.Ordinal));
            Assert.Contains(records, r => r is { Action: "check", Subject: "audit-me" } && r.Actor.StartsWith("cli:", StringComparison.Ordinal));
            Assert.Contains(records, r => r is { Action: "screen.file", Subject: "names.csv" });
            Assert.Contains(records, r => r.Action == "list.import" && r.Subject.StartsWith("un 2018-10-29", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        Assert.Equal(0, _cli.Run("audit", "verify").ExitCode);
    }

    [Fact]
    public void OfacWithoutAPublicationDate_IsRefused_WithOneItIsDatedByIt()
    {
        var undated = _cli.Run("lists", "import", RepositoryPaths.OfacFolder);
        Assert.Equal(2, undated.ExitCode);
        Assert.Contains("--date", undated.Error);

        var dated = _cli.Run("lists", "import", RepositoryPaths.OfacFolder, "--date", "2021-06-01");
        Assert.True(dated.ExitCode == 0, dated.ToString());
        Assert.Contains("imported ofac 2021-06-01T00:00:00Z", dated.Output);
        Assert.Contains("2021-06-01T00:00:00Z", _cli.Run("lists").Output);
    }
}

/// <summary>`interdict serve` on the CLI test's data folder, as a process.</summary>
sealed class RunningServer : IAsyncDisposable
{
    readonly Process _process;

    RunningServer(Process process, HttpClient client)
    {
        _process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(CliRunner cli, string key)
    {
        var client = ClientFor(cli, key, out var process);
        await WaitForAsync(client, "/health/live");
        return new RunningServer(process, client);
    }

    /// <summary>Starts the server (picking up other processes' list versions every second) and a client with the key.</summary>
    public static HttpClient ClientFor(CliRunner cli, string key, out Process process)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "interdict.dll"), "serve", "--urls", url, "--data", cli.DataDirectory })
            start.ArgumentList.Add(argument);
        start.Environment["Interdict__RefreshSeconds"] = "1";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(1) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static async Task<string> WaitForAsync(HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var response = await client.GetAsync(path);
                if (response.IsSuccessStatusCode) return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{path} did not answer in 60 s");
            await Task.Delay(100);
        }
    }

    public async Task<bool> WaitUntilAsync(Func<HttpClient, Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await condition(Client)) return true;
            await Task.Delay(200);
        }
        return false;
    }

    static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
