namespace Interdict.Storage;

/// <summary>A job to record: what to do, and optionally the process that takes it at once (it runs the job right
/// after the transaction that records it commits).</summary>
/// <param name="Kind">What to do (<c>list.update</c>, <c>customer.import</c>, <c>customer.rescreen</c>).</param>
/// <param name="Input">The job's parameters as JSON text, enough to run it again after a crash.</param>
/// <param name="CreatedBy">Who caused it (recorded in the audit records the job writes).</param>
public sealed record JobRequest(string Kind, string Input, string CreatedBy)
{
    /// <summary>The process that takes the job at once; null leaves it pending for whichever process claims it.</summary>
    public string? Owner { get; init; }
    /// <summary>How long the owner holds it before another process may take it over (renew with
    /// <see cref="IJobStore.ProgressAsync"/>).</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);
}
