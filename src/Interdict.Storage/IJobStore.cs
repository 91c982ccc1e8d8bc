using Interdict.Core.Audit;

namespace Interdict.Storage;

/// <summary>Recorded jobs and their progress. A job is recorded in the same transaction as the data it follows from
/// (<see cref="FollowUp"/>), or on its own with <see cref="EnqueueAsync"/>; a process takes it with a lease it renews
/// while it works, and completes it in one transaction with its final audit record. Thread-safe; several processes
/// may share one store: a job is held by one process at a time.</summary>
public interface IJobStore
{
    /// <summary>Records a job on its own (not following a write).</summary>
    Task<Job> EnqueueAsync(JobRequest request, CancellationToken cancellationToken);

    /// <summary>The job with this id; null when there is none.</summary>
    Task<Job?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Jobs neither done nor failed, oldest first.</summary>
    Task<IReadOnlyList<Job>> UnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>Takes a job for <paramref name="owner"/> when it is pending or its lease ran out (its owner died or
    /// stalled), counting the attempt; returns the job as taken, or null when another process holds it or it finished.</summary>
    Task<Job?> TryClaimAsync(long id, string owner, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records progress (JSON text) and renews the lease; false when the job is no longer
    /// <paramref name="owner"/>'s (its lease ran out and another process took it, or it finished).</summary>
    Task<bool> ProgressAsync(long id, string owner, string progress, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks the job done with its result, and appends <paramref name="audit"/> in the same transaction, so a
    /// job's final record is written exactly once; false (and nothing written) when the job is not
    /// <paramref name="owner"/>'s.</summary>
    Task<bool> CompleteAsync(long id, string owner, string result, AuditEntry? audit, CancellationToken cancellationToken);

    /// <summary>Marks the job failed with the reason; it is not taken again. False when it is not <paramref name="owner"/>'s.</summary>
    Task<bool> FailAsync(long id, string owner, string error, CancellationToken cancellationToken);
}
