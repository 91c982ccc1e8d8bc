using Interdict.Hosting;
using Interdict.Storage;
using Xunit.Abstractions;

namespace Interdict.Cluster.Tests;

/// <summary>What one `interdict serve` process on SQLite does with the cluster tests' customers: the alerts the cluster
/// must raise, for the UN 2018 → 2026 update and for a full re-screen, each computed once for the test class.</summary>
public sealed class SingleProcess : IDisposable
{
    readonly SemaphoreSlim _once = new(1, 1);
    List<string>? _alerts;
    List<string>? _fullRescreenAlerts;

    /// <summary>The alerts after the 2018 list, the customers created through the API and the 2026 update.</summary>
    public async Task<List<string>> AlertsAsync(ITestOutputHelper output)
    {
        await _once.WaitAsync();
        try
        {
            return _alerts ??= await RunAsync(output, fullRescreen: false);
        }
        finally
        {
            _once.Release();
        }
    }

    /// <summary>The alerts after the 2018 list, half the customers created through the API, the other half written
    /// into the database by another tool (never screened), and a full re-screen.</summary>
    public async Task<List<string>> FullRescreenAlertsAsync(ITestOutputHelper output)
    {
        await _once.WaitAsync();
        try
        {
            return _fullRescreenAlerts ??= await RunAsync(output, fullRescreen: true);
        }
        finally
        {
            _once.Release();
        }
    }

    public void Dispose() => _once.Dispose();

    static async Task<List<string>> RunAsync(ITestOutputHelper output, bool fullRescreen)
    {
        var data = Directory.CreateTempSubdirectory("interdict-single-test-");
        var environment = new Dictionary<string, string>();
        var key = await Deployment.CreateKeyAsync(environment, data.FullName);
        var url = $"http://127.0.0.1:{InterdictProcess.FreePort()}";
        await using (var server = InterdictProcess.Start(environment, url, "serve", "--no-bundled-list", "--urls", url, "--data", data.FullName))
        {
            await server.WaitReadyAsync(TimeSpan.FromMinutes(2));
            using var http = Deployment.Client(url, key);
            await Deployment.ImportListAsync(http, RepositoryPaths.UnList2018);
            if (fullRescreen)
            {
                var (screened, unscreened) = Deployment.HalfScreened(Deployment.Customers());
                foreach (var customer in screened) await Deployment.CreateCustomerAsync(http, customer);
                await Deployment.WriteByAnotherToolAsync(new StorageOptions { SqlitePath = Path.Combine(data.FullName, InterdictStores.SqliteFileName) }, unscreened);
                output.WriteLine($"full re-screen in one process: {await Deployment.RescreenAsync(http)}");
            }
            else
            {
                foreach (var customer in Deployment.Customers()) await Deployment.CreateCustomerAsync(http, customer);
                var report = await Deployment.ImportListAsync(http, RepositoryPaths.UnList2026);
                output.WriteLine($"2026 import in one process: {report}");
            }
            var alerts = await Deployment.AlertsAsync(http);
            data.Delete(recursive: true);
            return alerts;
        }
    }
}
