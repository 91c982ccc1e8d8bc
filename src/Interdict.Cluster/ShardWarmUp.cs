using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Interdict.Cluster;

/// <summary>Once the silo has joined, and again whenever the cluster's silos change, asks every shard for its state in
/// the background, so the shards are built where they belong (<see cref="ShardPlacement"/>) before the first list update
/// needs them; asking a shard that is built costs nothing.</summary>
sealed partial class ShardWarmUp(IGrainFactory grains, IClusterMembershipService membership, PlaceableSilos placeable, IOptions<ClusterSettings> settings,
    ILogger<ShardWarmUp> logger)
    : BackgroundService
{
    /// <summary>The wait before the first round after a membership change: long enough for the misplaced shards'
    /// placement checks to have run.</summary>
    static readonly TimeSpan FirstWait = CustomerShardGrain.PlacementCheck * 2;

    /// <summary>The longest wait between rounds while the shards are not yet on every silo.</summary>
    static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    /// <summary>How long one round waits for the shards' answers. The grain calls' own timeout is the cluster's call
    /// timeout (minutes, for a re-screen's long calls); a round must not hang on one stuck activation that long.</summary>
    static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var _ in membership.MembershipUpdates.WithCancellation(stoppingToken).ConfigureAwait(false))
                await SpreadAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    /// <summary>Asks the shards in rounds until they are on every active silo (or on as many silos as there are
    /// shards). Shards on the wrong silo leave it within one placement check and are built where they belong at the
    /// next round's call; a busy machine may delay a shard's check or its build, or the cluster manifest that lets
    /// placement choose a silo that has just joined (<see cref="PlaceableSilos"/>), past a round, so the rounds go on,
    /// each waiting twice as long as the one before (up to a minute), against the membership as it is at each round.</summary>
    async Task SpreadAsync(CancellationToken stoppingToken)
    {
        var shardType = grains.GetGrain<ICustomerShardGrain>(0).GetGrainId().Type;
        for (var wait = FirstWait; ; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks)))
        {
            await Task.Delay(wait, stoppingToken).ConfigureAwait(false);
            var active = membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
            var spread = await WarmAsync(stoppingToken).ConfigureAwait(false);
            if (spread >= Math.Min(active, settings.Value.Shards)) return;
            var placeableNow = placeable.For(shardType).Count;
            LogNotSpread(spread, active, placeableNow);
        }
    }

    /// <summary>Asks every shard; returns on how many silos they are.</summary>
    async Task<int> WarmAsync(CancellationToken stoppingToken)
    {
        try
        {
            var states = await Task.WhenAll(Enumerable.Range(0, settings.Value.Shards)
                .Select(s => grains.GetGrain<ICustomerShardGrain>(s).StateAsync())).WaitAsync(RoundTimeout, stoppingToken).ConfigureAwait(false);
            var customers = states.Sum(s => s.Customers);
            var silos = states.Select(s => s.Silo).Distinct().Count();
            LogWarm(states.Length, customers, silos);
            return silos;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Not needed for correctness: a shard not built now is built at its first call. A shard's activation
            // cancelled (its build outlasted the activation timeout), or a round outlasting its timeout, is no reason to
            // stop the silo: the next round asks again.
            LogFailed(e);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer shards: {Shards} holding {Customers} customers on {Silos} silo(s)")]
    partial void LogWarm(int shards, int customers, int silos);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Customer shards on {Spread} of {Active} active silo(s), {Placeable} of which placement can choose now; asking again")]
    partial void LogNotSpread(int spread, int active, int placeable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the customer shards failed; each is built at its first call")]
    partial void LogFailed(Exception exception);
}
