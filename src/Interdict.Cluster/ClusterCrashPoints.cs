namespace Interdict.Cluster;

/// <summary>The cluster's named moments for the crash tests (<see cref="Interdict.Hosting.CrashPoints"/>: set
/// <c>INTERDICT_CRASH_AT</c> to a name and the silo kills itself there, as <c>kill -9</c> would).</summary>
public static class ClusterCrashPoints
{
    /// <summary>A shard raised its alerts for a job (committed with their record) and has not recorded its completion:
    /// the worst moment for a silo to die, since the shard's part runs again elsewhere and must raise nothing twice.</summary>
    public const string ShardRaised = "cluster.shard-raised";

    /// <summary>A silo screened a chunk of a batch and has not stored its output: the chunk's lease runs out and another
    /// silo screens it again.</summary>
    public const string BatchChunkScreened = "cluster.batch-chunk-screened";

    /// <summary><c>screen --cluster</c> stored the first chunk of a new batch: a re-run with the same arguments must
    /// resume the batch, storing the rest, and write the same output.</summary>
    public const string BatchChunkStored = "cluster.batch-chunk-stored";
}
