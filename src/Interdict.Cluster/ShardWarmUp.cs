using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Interdict.Cluster;

/// <summary>Once the silo has joined, and again whenever the cluster's silos change, asks every shard for its state in
/// the background, so the shards are built where they belong (<see cref="ShardPlacement"/>) before the first list update
/// needs them; asking a shard that is built costs nothing.</summary>
sealed partial class ShardWarmUp(IGrainFactory grains, IClusterMembershipService membership, IOptions<ClusterSettings> settings, ILogger<ShardWarmUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken).ConfigureAwait(false))
            {
                var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
                // Shards on the wrong silo leave it within one placement check; then each is built where it belongs. A
                // busy machine may delay a shard's check past one round: a few more rounds until every silo holds shards.
                for (var round = 0; round < 6; round++)
                {
                    await Task.Delay(CustomerShardGrain.PlacementCheck * 2, stoppingToken).ConfigureAwait(false);
                    if (await WarmAsync(stoppingToken).ConfigureAwait(false) >= Math.Min(active, settings.Value.Shards)) break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    /// <summary>Asks every shard; returns on how many silos they are.</summary>
    async Task<int> WarmAsync(CancellationToken stoppingToken)
    {
        try
        {
            var states = await Task.WhenAll(Enumerable.Range(0, settings.Value.Shards)
                .Select(s => grains.GetGrain<ICustomerShardGrain>(s).StateAsync())).WaitAsync(stoppingToken).ConfigureAwait(false);
            var customers = states.Sum(s => s.Customers);
            var silos = states.Select(s => s.Silo).Distinct().Count();
            LogWarm(states.Length, customers, silos);
            return silos;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Not needed for correctness: a shard not built now is built at its first call. A shard's activation
            // cancelled (its build outlasted the activation timeout) is no reason to stop the silo.
            LogFailed(e);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer shards: {Shards} holding {Customers} customers on {Silos} silo(s)")]
    partial void LogWarm(int shards, int customers, int silos);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the customer shards failed; each is built at its first call")]
    partial void LogFailed(Exception exception);
}
