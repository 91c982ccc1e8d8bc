namespace Interdict.Cluster;

/// <summary>What one shard did for a job: customers scored, hits, hits whose customer is stored, and the ids of the
/// alerts it raised.</summary>
/// <param name="Candidates">Customers scored.</param>
/// <param name="Hits">Hits found.</param>
/// <param name="Matches">Hits whose customer is still stored.</param>
/// <param name="Raised">The ids of the alerts raised.</param>
[GenerateSerializer, Immutable]
public sealed record ShardDone([property: Id(0)] int Candidates, [property: Id(1)] int Hits, [property: Id(2)] int Matches, [property: Id(3)] long[] Raised);
