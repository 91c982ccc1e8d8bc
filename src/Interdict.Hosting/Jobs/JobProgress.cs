using Interdict.Storage;

namespace Interdict.Hosting.Jobs;

/// <summary>What a running job records of its progress; each report also renews the job's lease.</summary>
public sealed class JobProgress
{
    readonly IJobStore _jobs;
    readonly string _owner;
    readonly TimeSpan _lease;
    string _latest;

    internal JobProgress(IJobStore jobs, Job job, string owner, TimeSpan lease)
    {
        _jobs = jobs;
        Job = job;
        _owner = owner;
        _lease = lease;
        _latest = job.Progress;
    }

    /// <summary>The job as it was taken: its progress tells a resumed run which steps are done.</summary>
    public Job Job { get; }

    /// <summary>The progress last reported, JSON text.</summary>
    public string Latest => Volatile.Read(ref _latest);

    /// <summary>Records progress now.</summary>
    /// <param name="progress">JSON text.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="JobLostException">The lease ran out and another process took the job over.</exception>
    public async Task ReportAsync(string progress, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _latest, progress);
        await RenewAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task RenewAsync(CancellationToken cancellationToken)
    {
        if (!await _jobs.ProgressAsync(Job.Id, _owner, Latest, _lease, cancellationToken).ConfigureAwait(false)) throw new JobLostException(Job.Id);
    }
}

/// <summary>A job this process ran was taken over by another (its lease ran out): this process stops working on it.</summary>
/// <param name="id">The job.</param>
public sealed class JobLostException(long id) : Exception($"Job {id} was taken over by another process: its lease ran out.")
{
    /// <summary>The job, which the other process now runs to its end.</summary>
    public long JobId { get; } = id;
}
