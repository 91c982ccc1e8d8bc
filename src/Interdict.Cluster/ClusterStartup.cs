using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Interdict.Cluster;

/// <summary>Applies the cluster's schema (Orleans' membership tables, Interdict's shard tables) before the silo joins:
/// registered ahead of Orleans, and hosted services start in order.</summary>
sealed class ClusterStartup(ClusterDatabase database, IOptions<ClusterSettings> settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.ApplySchemaAsync(settings.Value.Shards, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
