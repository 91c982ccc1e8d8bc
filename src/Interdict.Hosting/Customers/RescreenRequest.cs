using Interdict.Core.Alerts;
using Interdict.Core.Lists;
using Interdict.Hosting.Access;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Customers;

/// <summary>A re-screen of monitored customers, run as the work of a recorded job.</summary>
/// <param name="JobId">The job whose work this is (a cluster records each shard's completion under it).</param>
/// <param name="Screener">The lists to screen against.</param>
/// <param name="Entries">The entries of a list update whose customers are re-screened; null: every customer against
/// every entry in force (a full re-screen).</param>
/// <param name="Update">The list update the entries come from (a cluster's shards compute them again on their own
/// silo); null for a full re-screen.</param>
/// <param name="Origin">What raised the alerts.</param>
/// <param name="Actor">Who caused it.</param>
public sealed record RescreenRequest(long JobId, Screener Screener, IReadOnlyList<ListEntry>? Entries, ListUpdateKey? Update, AlertOrigin Origin, Actor Actor)
{
    /// <summary>Records the job's progress (JSON text; renews its lease); null: not reported.</summary>
    public Func<string, CancellationToken, Task>? Progress { get; init; }

    /// <summary>The lists that customers' owners are screened against by the ownership rule: a list update's new state,
    /// before it is served; null: the lists served now.</summary>
    public Lists.ListState? Lists { get; init; }
}
