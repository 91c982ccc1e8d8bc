namespace Interdict.Cluster;

/// <summary>A shard's part of a re-screen job: the job, the list update (null labels: every customer against the lists
/// in force), what raised the alerts and who caused it.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Source">The list updated; null for a full re-screen.</param>
/// <param name="Version">The label of the version imported.</param>
/// <param name="Previous">The label of the version it replaces; null for the first version of its list.</param>
/// <param name="Origin">The alerts' origin (<see cref="Interdict.Core.Alerts.AlertOrigin"/>'s name).</param>
/// <param name="ActorName">Who caused it.</param>
[GenerateSerializer, Immutable]
public sealed record ShardRescreen(
    [property: Id(0)] long JobId,
    [property: Id(1)] string? Source,
    [property: Id(2)] string? Version,
    [property: Id(3)] string? Previous,
    [property: Id(4)] string Origin,
    [property: Id(5)] string ActorName);
