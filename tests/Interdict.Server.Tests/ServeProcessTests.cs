using System.Diagnostics;
using System.Net;
using Interdict.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Interdict.Server.Tests;

/// <summary>The whole product as a user runs it: `interdict keys create`, `interdict serve`, HTTP, list updates with delta
/// alerts, then an attacker edits an audit row in the database file and `interdict audit verify` names it.</summary>
public sealed class ServeProcessTests(ITestOutputHelper output) : IDisposable
{
    readonly string _data = Directory.CreateTempSubdirectory("interdict-serve-test-").FullName;

    [Fact]
    public async Task Serve_ScreenImportDeltaAlerts_ThenTamperedAuditFailsVerify()
    {
        var (added, _) = DeltaRescreeningApiTests.Picks();
        var keys = ProcessRunner.Run("keys", "create", "--role", "admin", "--name", "first-admin", "--data", _data);
        Assert.True(keys.ExitCode == 0, keys.Error);
        var key = keys.Output.Trim();
        Assert.StartsWith("idk_", key);

        var port = ProcessRunner.FreePort();
        var url = $"http://127.0.0.1:{port}";
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var server = Process.Start(ProcessRunner.StartInfo("serve", "--urls", url, "--data", _data, "--no-bundled-list"))!;
        var log = server.StandardOutput.ReadToEndAsync();
        var errors = server.StandardError.ReadToEndAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    if ((await client.GetAsync("/health")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60) && !server.HasExited)
                {
                    await Task.Delay(50);
                }
            }
            output.WriteLine($"serve-ready in {clock.ElapsedMilliseconds} ms (process start to /health)");

            (await client.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2018)).Is(HttpStatusCode.OK);
            var screened = await client.PostAsync("/v1/screen", new { name = "Kim Yong Chol" });
            screened.Is(HttpStatusCode.OK);
            Assert.NotEmpty(screened.Body.GetProperty("matches").EnumerateArray());

            (await client.PostAsync("/v1/customers", new { id = "cust-new", name = added.PrimaryName.Full })).Is(HttpStatusCode.Created);
            (await client.PostAsync("/v1/customers", new { id = "cust-plain", name = "Plain Harbour Bakery" })).Is(HttpStatusCode.Created);
            var update = await client.UploadAsync("/v1/lists/import", RepositoryPaths.UnList2026);
            update.Is(HttpStatusCode.OK);
            var alerts = await client.GetJsonAsync("/v1/alerts?customer_id=cust-new");
            Assert.Contains(alerts.Body.GetProperty("alerts").EnumerateArray(), a => a.Str("origin") == "list_update" && a.Str("ref") == added.Reference);
            (await client.GetJsonAsync("/v1/alerts?customer_id=cust-plain")).Body.GetProperty("total").GetInt64().Equals(0L);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
            output.WriteLine(await errors);
        }

        var intact = ProcessRunner.Run("audit", "verify", "--data", _data);
        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);

        Tamper(Path.Combine(_data, "interdict.db"), sequence: 3);
        var broken = ProcessRunner.Run("audit", "verify", "--data", _data);
        Assert.Equal(5, broken.ExitCode);
        Assert.Contains("record 3", broken.Error);
    }

    /// <summary>What an attacker with the database file does: drop the append-only triggers, then edit a row.</summary>
    static void Tamper(string database, long sequence)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        var table = Scalar(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%audit%' ORDER BY length(name) LIMIT 1");
        var triggers = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = $t";
            list.Parameters.AddWithValue("$t", table);
            using var reader = list.ExecuteReader();
            while (reader.Read()) triggers.Add(reader.GetString(0));
        }
        foreach (var trigger in triggers) Execute(connection, $"DROP TRIGGER \"{trigger}\"");
        var changed = Execute(connection, $"UPDATE \"{table}\" SET actor = 'nobody' WHERE sequence = {sequence}");
        Assert.Equal(1, changed);
    }

    static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
