using Interdict.Cluster;
using Interdict.Hosting;
using Npgsql;
using Xunit.Abstractions;

namespace Interdict.Cluster.Tests;

/// <summary>Three silo processes of `interdict serve --cluster` on loopback over the PostgreSQL of scripts/test, against
/// one `interdict serve` process on SQLite doing the same.</summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    [PostgresFact]
    public async Task ListUpdate_ThroughOneSilo_RaisesTheSameAlertsAsOneProcess_WhileASiloIsKilledMidway()
    {
        var customers = Deployment.Customers();
        var expected = await SingleProcessAlertsAsync(customers);
        Assert.Contains(expected, a => a.Contains("|list_update|", StringComparison.Ordinal));

        var schema = $"cluster_{Guid.NewGuid():N}"[..24];
        var environment = new Dictionary<string, string>
        {
            ["Interdict__Postgres"] = PostgresFactAttribute.Connection!,
            ["Interdict__Storage__Schema"] = schema,
            ["Interdict__JobLeaseSeconds"] = "5",
            ["Interdict__Cluster__ClusterId"] = schema,
        };
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
        var duplicates = actual.GroupBy(a => string.Join('|', a.Split('|')[..4])).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);

        // Every shard finished the update's job, those of the killed silo on the others (they came back there).
        await using var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Connection) { SearchPath = schema }.ConnectionString);
        await using var runs = database.CreateCommand(
            "SELECT count(*), count(DISTINCT silo) FROM cluster_shard_runs WHERE job_id = (SELECT max(id) FROM jobs WHERE kind = 'list.update')");
        await using var reader = await runs.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(64L, reader.GetInt64(0));
        Assert.Equal(2L, reader.GetInt64(1));
        // Silo 3, which took no part in the import, serves the new version (no polling in cluster mode).
        Assert.Contains("2026-02-27", await http3.GetStringAsync("/v1/lists"), StringComparison.Ordinal);
        data.Delete(recursive: true);
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

    async Task<List<string>> SingleProcessAlertsAsync(List<Customer> customers)
    {
        var data = Directory.CreateTempSubdirectory("interdict-single-test-");
        var environment = new Dictionary<string, string>();
        var key = await Deployment.CreateKeyAsync(environment, data.FullName);
        var url = $"http://127.0.0.1:{InterdictProcess.FreePort()}";
        await using (var server = InterdictProcess.Start(environment, url, "serve", "--no-bundled-list", "--urls", url, "--data", data.FullName))
        {
            await server.WaitReadyAsync(StartTimeout);
            using var http = Deployment.Client(url, key);
            await Deployment.ImportListAsync(http, RepositoryPaths.UnList2018);
            foreach (var customer in customers) await Deployment.CreateCustomerAsync(http, customer);
            var report = await Deployment.ImportListAsync(http, RepositoryPaths.UnList2026);
            output.WriteLine($"2026 import in one process: {report}");
            var alerts = await Deployment.AlertsAsync(http);
            data.Delete(recursive: true);
            return alerts;
        }
    }

    static async Task<InterdictProcess> StartSiloAsync(IReadOnlyDictionary<string, string> environment, DirectoryInfo data, int number)
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
    static async Task WaitForShardsOnAsync(IReadOnlyList<InterdictProcess> processes, int silos)
    {
        var until = DateTime.UtcNow + StartTimeout;
        while (!processes.Any(p => p.Output.Contains($"customers on {silos} silo(s)", StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"The shards did not spread over {silos} silos:\n{processes[0].Output}");
            await Task.Delay(500);
        }
    }
}
