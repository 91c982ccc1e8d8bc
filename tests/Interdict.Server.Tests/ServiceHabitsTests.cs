using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Interdict.Core.Access;
using Interdict.Server.Tests.Support;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

/// <summary>What an operator meets: health probes, where the service says it answers, its log lines, its traces, and
/// the times in its answers.</summary>
public sealed class ServiceHabitsTests : IDisposable
{
    readonly string _data = Directory.CreateTempSubdirectory("interdict-habits-test-").FullName;

    public static TheoryData<string> Providers => Postgres.Providers();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Theory, MemberData(nameof(Providers))]
    public async Task Readiness_WaitsForTheCustomerIndex_LivenessDoesNot(string provider)
    {
        using var first = new ServerFactory(provider, bundledList: true);
        using (var admin = first.ClientAs(Role.Admin))
        {
            (await admin.PostAsync("/v1/customers", new { id = "c-1", name = "Plain Harbour Bakery" })).Is(HttpStatusCode.Created);
        }
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var second = first.SharingItsDatabase(services =>
            services.AddSingleton<ICustomerStore>(sp => new HeldBackCustomerStore(sp.GetRequiredService<IInterdictStore>().Customers, gate.Task)));
        using var anonymous = second.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        var building = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, building.StatusCode);

        gate.SetResult();
        HttpResponseMessage ready;
        var clock = Stopwatch.StartNew();
        do
        {
            ready = await anonymous.GetAsync("/health/ready");
            if (ready.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(50);
        } while (clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_ADatabaseThatDoesNotAnswer_IsUnavailableWithoutDetails()
    {
        using var server = new ServerFactory("sqlite", bundledList: true);
        using var anonymous = server.CreateClient();
        for (var i = 0; i < 200 && (await anonymous.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(50);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);

        // The database file becomes unreadable: a folder where the file was.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(server.DataDirectory, "interdict.db");
        File.Move(file, file + ".away");
        Directory.CreateDirectory(file);
        try
        {
            var down = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.DoesNotContain(server.DataDirectory, await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            Directory.Delete(file);
            File.Move(file + ".away", file);
        }
    }

    [Fact]
    public async Task ListTimes_AreUtcWithAZ()
    {
        using var server = new ServerFactory("sqlite", bundledList: true);
        using var client = server.ClientAs(Role.Admin);
        var lists = await client.GetJsonAsync("/v1/lists");
        lists.Is(HttpStatusCode.OK);
        var times = Instants(lists.Body).ToList();
        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.EndsWith("Z", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_SaysWhereItAnswers_LogsJsonWhenRedirected_QuietOn401_AndSendsTracesToACollector()
    {
        using var collector = new HttpListener();
        var collectorPort = ProcessRunner.FreePort();
        collector.Prefixes.Add($"http://127.0.0.1:{collectorPort}/");
        collector.Start();
        var traces = ReceiveOnePostAsync(collector, "/v1/traces");

        var keys = ProcessRunner.Run("keys", "create", "--role", "screener", "--name", "habits", "--data", _data);
        Assert.True(keys.ExitCode == 0, keys.Error);
        var port = ProcessRunner.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = ProcessRunner.StartInfo("serve", "--urls", url, "--data", _data);
        start.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{collectorPort}";
        start.Environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        start.Environment["OTEL_BSP_SCHEDULE_DELAY"] = "100";
        using var server = Process.Start(start)!;
        var stdout = server.StandardOutput.ReadToEndAsync();
        var stderr = server.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(1) };
        try
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    if ((await client.GetAsync("/health/live")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60) && !server.HasExited)
                {
                    await Task.Delay(50);
                }
            }
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/v1/screen", JsonContent("""{"name": "x"}"""))).StatusCode);
            using var screen = new HttpRequestMessage(HttpMethod.Post, "/v1/screen") { Content = JsonContent("""{"name": "Ri Won Ho"}""") };
            screen.Headers.Authorization = new("Bearer", keys.Output.Trim());
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(screen)).StatusCode);
            var received = await traces.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(received.Length > 0, "the collector received an empty trace export");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
        var error = await stderr;
        var output = await stdout;
        Assert.Contains($"serving on {url}", error, StringComparison.Ordinal);
        Assert.Contains($"{url}/console", error, StringComparison.Ordinal);
        Assert.Contains($"{url}/scalar/", error, StringComparison.Ordinal);
        var logLines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(logLines);
        Assert.All(logLines, line => JsonDocument.Parse(line).Dispose()); // JSON lines, standard output being redirected
        Assert.DoesNotContain("challenged", output, StringComparison.Ordinal); // ASP.NET Core's Information line for a 401
        Assert.DoesNotContain("not authenticated", output, StringComparison.Ordinal);
    }

    static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    static async Task<byte[]> ReceiveOnePostAsync(HttpListener listener, string path)
    {
        while (true)
        {
            var context = await listener.GetContextAsync();
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            context.Response.StatusCode = 200;
            context.Response.Close();
            if (context.Request.HttpMethod == "POST" && context.Request.Url?.AbsolutePath == path) return body.ToArray();
        }
    }

    static IEnumerable<string> Instants(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(property.Value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out _)
                        && property.Value.GetString()!.Contains('T', StringComparison.Ordinal))
                    {
                        yield return property.Value.GetString()!;
                    }
                    else foreach (var inner in Instants(property.Value)) yield return inner;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) foreach (var inner in Instants(item)) yield return inner;
                break;
        }
    }
}
