namespace Interdict.Cluster;

/// <summary>One shard of the monitored customers (key: the shard number): holds their reverse-screening index, built
/// from the database when it activates, so a shard whose silo dies comes back on another silo by itself at its next
/// call.</summary>
public interface ICustomerShardGrain : IGrainWithIntegerKey
{
    /// <summary>A customer of this shard was created or changed: the index reads it from the store.</summary>
    /// <param name="customerId">The customer.</param>
    Task ChangedAsync(string customerId);

    /// <summary>Rebuilds the index from the store (after a bulk import).</summary>
    Task RefreshAsync();

    /// <summary>This shard's part of a re-screen job: re-screens, raises the alerts, records its completion; when the
    /// completion is recorded already (the job was resumed), answers from the record and raises nothing.</summary>
    /// <param name="request">The job's part.</param>
    Task<ShardDone> RescreenAsync(ShardRescreen request);

    /// <summary>How many customers the shard holds, and on which silo it is active.</summary>
    Task<ShardState> StateAsync();
}
