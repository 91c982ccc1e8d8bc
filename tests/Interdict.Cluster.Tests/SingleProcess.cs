using Xunit.Abstractions;

namespace Interdict.Cluster.Tests;

/// <summary>What one `interdict serve` process on SQLite does with the cluster tests' customers and the UN 2018 → 2026
/// update: the alerts the cluster must raise, computed once for the test class.</summary>
public sealed class SingleProcess : IDisposable
{
    readonly SemaphoreSlim _once = new(1, 1);
    List<string>? _alerts;

    public async Task<List<string>> AlertsAsync(ITestOutputHelper output)
    {
        await _once.WaitAsync();
        try
        {
            return _alerts ??= await RunAsync(output);
        }
        finally
        {
            _once.Release();
        }
    }

    public void Dispose() => _once.Dispose();

    static async Task<List<string>> RunAsync(ITestOutputHelper output)
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
            foreach (var customer in Deployment.Customers()) await Deployment.CreateCustomerAsync(http, customer);
            var report = await Deployment.ImportListAsync(http, RepositoryPaths.UnList2026);
            output.WriteLine($"2026 import in one process: {report}");
            var alerts = await Deployment.AlertsAsync(http);
            data.Delete(recursive: true);
            return alerts;
        }
    }
}
