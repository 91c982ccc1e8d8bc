using System.Collections.Concurrent;
using Interdict.Hosting.Access;
using Interdict.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting.Jobs;

/// <summary>Runs recorded jobs in this process: holds each one's lease while it works (renewed every third of the
/// lease), completes it together with its final audit record, and gives up on a job that failed
/// <see cref="MaxAttempts"/> times.</summary>
/// <remarks>
/// <para>The work of a job must be idempotent: it may be run again from the start, or from its last reported progress,
/// after a crash (<see cref="JobResumer"/>). Every step writes its effects and their audit record in one transaction,
/// and skips what an earlier run already did (alerts under review are not raised twice; delisted alerts are not
/// delisted twice).</para>
/// <para>A job is cancelled only when the host stops: the work then stops where it is, the job stays unfinished and is
/// resumed at the next start (or by another process once the lease runs out). An error leaves it unfinished too, to be
/// tried again once the lease runs out. Thread-safe.</para>
/// </remarks>
public sealed partial class JobRunner : IDisposable
{
    /// <summary>Runs of one job (by any process) after which an error fails it for good.</summary>
    public const int MaxAttempts = 5;

    readonly IJobStore _jobs;
    readonly ILogger<JobRunner> _logger;
    readonly ConcurrentDictionary<long, bool> _running = new();
    readonly CancellationTokenSource _stopping = new();
    readonly CancellationTokenRegistration _stopRegistration;

    /// <summary>Creates the runner.</summary>
    /// <param name="jobs">The job store.</param>
    /// <param name="options">The lease (<see cref="InterdictOptions.JobLeaseSeconds"/>).</param>
    /// <param name="lifetime">Stopping the host cancels the jobs running.</param>
    /// <param name="logger">Reports jobs given up or taken over.</param>
    public JobRunner(IJobStore jobs, IOptions<InterdictOptions> options, IHostApplicationLifetime lifetime, ILogger<JobRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lifetime);
        _jobs = jobs;
        _logger = logger;
        Lease = TimeSpan.FromSeconds(Math.Max(1, options.Value.JobLeaseSeconds));
        _stopRegistration = lifetime.ApplicationStopping.Register(_stopping.Cancel);
    }

    /// <summary>This process, as recorded in the jobs it holds: host, owner tag, and a random part (several test
    /// servers share one process).</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{TempFiles.OwnerTag}/{Guid.NewGuid():N}";

    /// <summary>How long this process holds a job without renewing it.</summary>
    public TimeSpan Lease { get; }

    /// <summary>A job for this process to run at once after the transaction that records it (a <see cref="FollowUp"/>).</summary>
    /// <param name="kind">One of <see cref="JobKinds"/>.</param>
    /// <param name="input">Its parameters, JSON text.</param>
    /// <param name="actor">Who caused it.</param>
    public JobRequest Request(string kind, string input, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new JobRequest(kind, input, actor.Name) { Owner = Owner, Lease = Lease };
    }

    /// <summary>Records a job on its own, held by this process.</summary>
    /// <param name="kind">One of <see cref="JobKinds"/>.</param>
    /// <param name="input">Its parameters, JSON text.</param>
    /// <param name="actor">Who caused it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public Task<Job> EnqueueAsync(string kind, string input, Actor actor, CancellationToken cancellationToken) =>
        _jobs.EnqueueAsync(Request(kind, input, actor), cancellationToken);

    /// <summary>True while this process runs the job.</summary>
    /// <param name="id">The job.</param>
    public bool IsRunningHere(long id) => _running.ContainsKey(id);

    /// <summary>Runs a job this process holds to its end: the work, then the job's completion with its audit record.</summary>
    /// <typeparam name="T">What the work returns to the caller.</typeparam>
    /// <param name="job">The job, held by this process (recorded with <see cref="Request"/>, or claimed).</param>
    /// <param name="work">The job's idempotent work; its token is cancelled when the host stops or the job is lost.</param>
    /// <returns>The work's value.</returns>
    /// <exception cref="JobLostException">Another process took the job over.</exception>
    public async Task<T> RunAsync<T>(Job job, Func<JobProgress, CancellationToken, Task<JobOutcome<T>>> work)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(work);
        if (!_running.TryAdd(job.Id, true)) throw new InvalidOperationException($"Job {job.Id} is already running in this process.");
        var progress = new JobProgress(_jobs, job, Owner, Lease);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var heartbeat = HeartbeatAsync(progress, running);
        try
        {
            var outcome = await work(progress, running.Token).ConfigureAwait(false);
            // Not cancellable: the work is done, and its completion record must be written with it or not at all.
            if (!await _jobs.CompleteAsync(job.Id, Owner, outcome.Result, outcome.Audit, CancellationToken.None).ConfigureAwait(false))
                throw new JobLostException(job.Id);
            return outcome.Value;
        }
        catch (OperationCanceledException) when (heartbeat.IsCompleted && heartbeat.Result)
        {
            throw new JobLostException(job.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException and not JobLostException && job.Attempts >= MaxAttempts)
        {
            LogGivenUp(job.Id, job.Kind, job.Attempts, e);
            await _jobs.FailAsync(job.Id, Owner, e.Message, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await running.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
            _running.TryRemove(job.Id, out _);
        }
    }

    /// <summary>Renews the lease every third of it until the job ends; returns true when the job was lost (and
    /// cancels its work then).</summary>
    async Task<bool> HeartbeatAsync(JobProgress progress, CancellationTokenSource running)
    {
        var every = Lease / 3;
        while (!running.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, running.Token).ConfigureAwait(false);
                await progress.RenewAsync(running.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            catch (JobLostException)
            {
                LogLost(progress.Job.Id, progress.Job.Kind);
                await running.CancelAsync().ConfigureAwait(false);
                return true;
            }
            catch (Exception e)
            {
                // The database briefly unreachable: the next beat tries again, within the lease.
                LogBeatFailed(progress.Job.Id, e);
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stopRegistration.Dispose();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Id} ({Kind}) failed at its attempt {Attempts} and is given up")]
    partial void LogGivenUp(long id, string kind, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Id} ({Kind}) was taken over by another process: its lease ran out; this process stops working on it")]
    partial void LogLost(long id, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lease of job {Id} failed; trying again")]
    partial void LogBeatFailed(long id, Exception exception);
}
