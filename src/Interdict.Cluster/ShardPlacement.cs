using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Interdict.Cluster;

/// <summary>Places shard <c>s</c> on the active silo <c>s mod n</c> (silos in address order): the shards spread evenly
/// whichever silo asks first, and every silo computes the same placement. <see cref="CustomerShardGrain"/> moves
/// itself when silos join or leave (<see cref="PreferredSilo"/>).</summary>
[GenerateSerializer, Immutable]
public sealed class ShardPlacement : PlacementStrategy
{
    /// <summary>The silo shard <paramref name="shard"/> belongs on among <paramref name="silos"/>.</summary>
    /// <param name="shard">The shard.</param>
    /// <param name="silos">The active silos.</param>
    public static SiloAddress PreferredSilo(long shard, IEnumerable<SiloAddress> silos)
    {
        var ordered = silos.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        return ordered[(int)(shard % ordered.Length)];
    }
}

/// <summary>Marks a grain placed by <see cref="ShardPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ShardPlacementAttribute() : PlacementAttribute(new ShardPlacement());

/// <summary>Places a shard's activation on its preferred silo.</summary>
sealed class ShardPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context) =>
        Task.FromResult(ShardPlacement.PreferredSilo(target.GrainIdentity.GetIntegerKey(), context.GetCompatibleSilos(target)));
}
