using Interdict.Cluster;
using Interdict.Hosting;
using Interdict.Storage;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace Interdict.Cluster.Tests;

/// <summary>Three silo processes of `interdict serve --cluster` on loopback over the PostgreSQL of scripts/test, against
/// one `interdict serve` process on SQLite doing the same.</summary>
[Collection(Silos.Collection)]
public sealed class ClusterTests(SingleProcess single, ITestOutputHelper output) : IClassFixture<SingleProcess>
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    [PostgresFact]
    public async Task ListUpdate_ThroughOneSilo_RaisesTheSameAlertsAsOneProcess_WhileASiloIsKilledMidway()
    {
        var customers = Deployment.Customers();
        var expected = await single.AlertsAsync(output);
        Assert.Contains(expected, a => a.Contains("|list_update|", StringComparison.Ordinal));

        var (schema, environment) = NewCluster();
        var data = Directory.CreateTempSubdirectory("interdict-cluster-test-");
        var key = await Deployment.CreateKeyAsync(environment, data.FullName);
        await using var silo1 = await StartSiloAsync(environment, data, 1);
        await using var silo3 = await StartSiloAsync(environment, data, 3);
        using var http1 = Deployment.Client(silo1.Url!, key);
        await Deployment.ImportListAsync(http1, RepositoryPaths.UnList2018);

        // Silo 2 kills itself (SIGKILL) the first time one of its shards has raised its alerts for a job and not yet
        // recorded that it finished: the shard's part must run again elsewhere and raise nothing twice.
        await using var silo2 = await StartSiloAsync(new Dictionary<string, string>(environment) { [CrashPoints.Variable] = ClusterCrashPoints.ShardRaised }, data, 2);
        await WaitForShardsOnAsync([silo1, silo2, silo3], silos: 3);
        using var http2 = Deployment.Client(silo2.Url!, key);
        using var http3 = Deployment.Client(silo3.Url!, key);
        HttpClient[] clients = [http1, http2, http3];
        for (var i = 0; i < customers.Count; i++) await Deployment.CreateCustomerAsync(clients[i % 3], customers[i]);

        var report = await Deployment.ImportListAsync(http1, RepositoryPaths.UnList2026);
        await silo2.WaitExitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains($"{CrashPoints.Variable}={ClusterCrashPoints.ShardRaised}", silo2.Output, StringComparison.Ordinal);
        output.WriteLine($"2026 import through silo 1 with silo 2 killed: {report}");

        var actual = await Deployment.AlertsAsync(http3);
        Assert.Equal(expected, actual);
        Assert.Empty(Duplicates(actual));

        // Every shard finished the update's job, those of the killed silo on the others (they came back there).
        Assert.Equal((64L, 2L), await ShardRunsAsync(schema, "list.update"));
        // Silo 3, which took no part in the import, serves the new version (no polling in cluster mode).
        Assert.Contains("2026-02-27", await http3.GetStringAsync("/v1/lists"), StringComparison.Ordinal);
        data.Delete(recursive: true);
    }

    [PostgresFact]
    public async Task ListUpdate_WhoseSiloIsKilledAfterStoringIt_IsFinishedByAnotherSilo_WithTheSameAlerts()
    {
        var customers = Deployment.Customers();
        var expected = await single.AlertsAsync(output);
        var (_, environment) = NewCluster();
        var data = Directory.CreateTempSubdirectory("interdict-cluster-test-");
        var key = await Deployment.CreateKeyAsync(environment, data.FullName);
        // Silo 1 dies (SIGKILL) right after it committed the 2026 version and its update job: nothing of the job done.
        await using var silo1 = await StartSiloAsync(new Dictionary<string, string>(environment) { [CrashPoints.Variable] = CrashPoints.ListVersionCommitted }, data, 1);
        await using var silo2 = await StartSiloAsync(environment, data, 2);
        await using var silo3 = await StartSiloAsync(environment, data, 3);
        await WaitForShardsOnAsync([silo1, silo2, silo3], silos: 3);
        using var http1 = Deployment.Client(silo1.Url!, key);
        using var http2 = Deployment.Client(silo2.Url!, key);
        using var http3 = Deployment.Client(silo3.Url!, key);
        await Deployment.ImportListAsync(http2, RepositoryPaths.UnList2018);
        HttpClient[] clients = [http2, http3];
        for (var i = 0; i < customers.Count; i++) await Deployment.CreateCustomerAsync(clients[i % 2], customers[i]);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Deployment.ImportListAsync(http1, RepositoryPaths.UnList2026));
        await silo1.WaitExitAsync(TimeSpan.FromSeconds(30));

        // Another silo takes the job over once its lease runs out, and its shards finish it: progress and outcome on any silo.
        var job = await WaitForJobDoneAsync(http3, TimeSpan.FromMinutes(3));
        output.WriteLine($"the update job, finished by another silo: {job}");
        Assert.Equal("list.update", job.GetProperty("kind").GetString());
        Assert.True(job.GetProperty("attempts").GetInt32() >= 2, job.ToString());
        Assert.Equal(116, job.GetProperty("result").GetProperty("hits").GetInt32());
        var actual = await Deployment.AlertsAsync(http2);
        Assert.Equal(expected, actual);
        foreach (var http in new[] { http2, http3 }) Assert.Contains("2026-02-27", await http.GetStringAsync("/v1/lists"), StringComparison.Ordinal);
        data.Delete(recursive: true);
    }

    [PostgresFact]
    public async Task FullRescreen_ThroughOneSilo_RaisesTheSameAlertsAsOneProcess_WhileASiloIsKilledMidway()
    {
        var expected = await single.FullRescreenAlertsAsync(output);
        // The full re-screen's own alerts: the customers written by another tool, never screened before.
        Assert.Contains(expected, a => a.Contains("|full_rescreen|", StringComparison.Ordinal));

        var (schema, environment) = NewCluster();
        var data = Directory.CreateTempSubdirectory("interdict-cluster-test-");
        var key = await Deployment.CreateKeyAsync(environment, data.FullName);
        await using var silo1 = await StartSiloAsync(environment, data, 1);
        await using var silo3 = await StartSiloAsync(environment, data, 3);
        using var http1 = Deployment.Client(silo1.Url!, key);
        await Deployment.ImportListAsync(http1, RepositoryPaths.UnList2018);
        // Silo 2 kills itself (SIGKILL) the first time one of its shards has raised its alerts for the re-screen and not
        // yet recorded that it finished: the shard's part runs again on another silo and must raise nothing twice.
        await using var silo2 = await StartSiloAsync(new Dictionary<string, string>(environment) { [CrashPoints.Variable] = ClusterCrashPoints.ShardRaised }, data, 2);
        await WaitForShardsOnAsync([silo1, silo2, silo3], silos: 3);
        using var http2 = Deployment.Client(silo2.Url!, key);
        using var http3 = Deployment.Client(silo3.Url!, key);
        HttpClient[] clients = [http1, http2, http3];
        var (screened, unscreened) = Deployment.HalfScreened(Deployment.Customers());
        for (var i = 0; i < screened.Count; i++) await Deployment.CreateCustomerAsync(clients[i % 3], screened[i]);
        await Deployment.WriteByAnotherToolAsync(
            new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = PostgresFactAttribute.Connection, Schema = schema }, unscreened);

        var report = await Deployment.RescreenAsync(http1);
        await silo2.WaitExitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains($"{CrashPoints.Variable}={ClusterCrashPoints.ShardRaised}", silo2.Output, StringComparison.Ordinal);
        output.WriteLine($"full re-screen through silo 1 with silo 2 killed: {report}");
        Assert.Equal(Deployment.Customers().Count, report.GetProperty("customers_scored").GetInt32());

        var actual = await Deployment.AlertsAsync(http3);
        Assert.Equal(expected, actual);
        Assert.Empty(Duplicates(actual));

        // Every shard finished its part of the re-screen, those of the killed silo on the two others.
        Assert.Equal((64L, 2L), await ShardRunsAsync(schema, "customer.rescreen"));
        data.Delete(recursive: true);
    }

    /// <summary>How many shards recorded a run of the latest job of <paramref name="kind"/>, and on how many silos.</summary>
    static async Task<(long Shards, long Silos)> ShardRunsAsync(string schema, string kind)
    {
        await using var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Connection) { SearchPath = schema }.ConnectionString);
        await using var runs = database.CreateCommand(
            "SELECT count(*), count(DISTINCT silo) FROM cluster_shard_runs WHERE job_id = (SELECT max(id) FROM jobs WHERE kind = @kind)");
        runs.Parameters.AddWithValue("kind", kind);
        await using var reader = await runs.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Alerts raised twice for the same customer, list, entry and origin (the first four fields).</summary>
    static List<string> Duplicates(IEnumerable<string> alerts) =>
        [.. alerts.GroupBy(a => string.Join('|', a.Split('|')[..4])).Where(g => g.Count() > 1).Select(g => g.Key)];

    /// <summary>Polls <c>GET /v1/jobs</c> and <c>GET /v1/jobs/{id}</c> until the list update job is done.</summary>
    static async Task<JsonElement> WaitForJobDoneAsync(HttpClient http, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        long? id = null;
        while (DateTime.UtcNow < until)
        {
            if (id is null)
            {
                var unfinished = JsonDocument.Parse(await http.GetStringAsync("/v1/jobs")).RootElement.GetProperty("jobs");
                foreach (var job in unfinished.EnumerateArray())
                {
                    if (job.GetProperty("kind").GetString() == "list.update") id = job.GetProperty("id").GetInt64();
                }
            }
            if (id is { } known)
            {
                var job = JsonDocument.Parse(await http.GetStringAsync($"/v1/jobs/{known}")).RootElement.Clone();
                if (job.GetProperty("state").GetString() == "done") return job;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The list update job did not finish within {timeout}.");
    }

    internal static (string Schema, Dictionary<string, string> Environment) NewCluster()
    {
        var schema = $"cluster_{Guid.NewGuid():N}"[..24];
        return (schema, new Dictionary<string, string>
        {
            ["Interdict__Postgres"] = PostgresFactAttribute.Connection!,
            ["Interdict__Storage__Schema"] = schema,
            ["Interdict__JobLeaseSeconds"] = "5",
            ["Interdict__Cluster__ClusterId"] = schema,
        });
    }

    [Fact]
    public async Task ServeCluster_OnSqlite_IsRefusedSayingPostgresIsNeeded()
    {
        var data = Directory.CreateTempSubdirectory("interdict-cluster-sqlite-");
        var (exitCode, text) = await InterdictProcess.RunAsync(new Dictionary<string, string>(), "serve", "--cluster", "--urls",
            $"http://127.0.0.1:{InterdictProcess.FreePort()}", "--data", data.FullName);
        Assert.Equal(1, exitCode);
        Assert.Contains("Cluster mode needs PostgreSQL", text, StringComparison.Ordinal);
        Assert.Contains("Interdict__Postgres", text, StringComparison.Ordinal);
        data.Delete(recursive: true);
    }

    internal static async Task<InterdictProcess> StartSiloAsync(IReadOnlyDictionary<string, string> environment, DirectoryInfo data, int number)
    {
        var url = $"http://127.0.0.1:{InterdictProcess.FreePort()}";
        var silo = InterdictProcess.Start(new Dictionary<string, string>(environment)
        {
            ["Interdict__Cluster__SiloPort"] = InterdictProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Interdict__Cluster__GatewayPort"] = InterdictProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, url, "serve", "--cluster", "--no-bundled-list", "--urls", url, "--data", Path.Combine(data.FullName, $"silo{number}"));
        await silo.WaitReadyAsync(StartTimeout);
        return silo;
    }

    /// <summary>Waits until a silo reports the shards spread over <paramref name="silos"/> silos.</summary>
    internal static async Task WaitForShardsOnAsync(IReadOnlyList<InterdictProcess> processes, int silos)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (!processes.Any(p => p.Output.Contains($"customers on {silos} silo(s)", StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"The shards did not spread over {silos} silos:\n" + string.Join("\n", processes.Select((p, i) => $"--- process {i + 1}:\n{p.Output}")));
            await Task.Delay(500);
        }
    }
}
