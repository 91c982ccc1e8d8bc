namespace Interdict.Cluster;

/// <summary>A shard as it is now.</summary>
/// <param name="Shard">The shard number.</param>
/// <param name="Customers">Customers in its index.</param>
/// <param name="Silo">The silo it is active on.</param>
[GenerateSerializer, Immutable]
public sealed record ShardState([property: Id(0)] int Shard, [property: Id(1)] int Customers, [property: Id(2)] string Silo);
