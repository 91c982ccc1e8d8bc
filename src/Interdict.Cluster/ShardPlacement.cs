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

/// <summary>The silos a shard can be placed on as Orleans' placement sees them: active, and hosting the shard's grain
/// type in the cluster manifest — the set <see cref="ShardPlacementDirector"/> is given. A shard deciding whether it is
/// misplaced must use this set, not the membership alone: a silo that has just joined is active before its manifest
/// reaches the other silos, and a shard leaving for a silo placement cannot choose yet would be placed back where it
/// was, again at every check.</summary>
sealed class PlaceableSilos(ISiloStatusOracle oracle, IClusterManifestProvider manifests)
{
    /// <summary>The silos that can host grains of <paramref name="type"/> now.</summary>
    /// <param name="type">The grain type.</param>
    public IReadOnlyList<SiloAddress> For(GrainType type)
    {
        var known = manifests.Current.Silos;
        return [.. oracle.GetApproximateSiloStatuses(onlyActive: true).Keys
            .Where(silo => known.TryGetValue(silo, out var manifest) && manifest.Grains.ContainsKey(type))];
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
