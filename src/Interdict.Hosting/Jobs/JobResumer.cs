using Interdict.Hosting.Customers;
using Interdict.Hosting.Lists;
using Interdict.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Interdict.Hosting.Jobs;

/// <summary>Completes the jobs a process left unfinished: at start (after the lists are loaded) and then once per lease
/// interval, it takes every job that is pending or whose lease ran out (its process crashed, or stalled) and runs it
/// again, one at a time. With several processes on one database, whichever claims a job first runs it.</summary>
public sealed partial class JobResumer : BackgroundService
{
    readonly IJobStore _jobs;
    readonly JobRunner _runner;
    readonly ListImporter _lists;
    readonly CustomerService _customers;
    readonly TimeProvider _time;
    readonly ILogger<JobResumer> _logger;

    /// <summary>Creates the resumer.</summary>
    /// <param name="jobs">The job store.</param>
    /// <param name="runner">Runs the jobs.</param>
    /// <param name="lists">Runs list updates.</param>
    /// <param name="customers">Runs customer imports' screening and full re-screens.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Reports each job resumed.</param>
    public JobResumer(IJobStore jobs, JobRunner runner, ListImporter lists, CustomerService customers, TimeProvider time, ILogger<JobResumer> logger)
    {
        _jobs = jobs;
        _runner = runner;
        _lists = lists;
        _customers = customers;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = _runner.Lease < TimeSpan.FromSeconds(30) ? _runner.Lease : TimeSpan.FromSeconds(30);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ResumeDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database briefly unreachable: the next round tries again.
                LogRoundFailed(e);
            }
            await Task.Delay(every, _time, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs every job that is due now; returns how many this process took.</summary>
    /// <param name="cancellationToken">Cancels the round (a job already taken runs on: see <see cref="JobRunner"/>).</param>
    public async Task<int> ResumeDueAsync(CancellationToken cancellationToken)
    {
        var taken = 0;
        foreach (var job in await _jobs.UnfinishedAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_runner.IsRunningHere(job.Id)) continue;
            if (job.State == JobState.Running && job.LeaseUntil > _time.GetUtcNow()) continue;
            var claimed = await _jobs.TryClaimAsync(job.Id, _runner.Owner, _runner.Lease, cancellationToken).ConfigureAwait(false);
            if (claimed is null) continue;
            taken++;
            LogResuming(claimed.Id, claimed.Kind, claimed.Attempts, claimed.Progress);
            try
            {
                await RunAsync(claimed).ConfigureAwait(false);
                LogResumed(claimed.Id, claimed.Kind);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One job's failure must not stop the others: it is tried again once its lease runs out.
                LogJobFailed(claimed.Id, claimed.Kind, e);
            }
        }
        return taken;
    }

    Task RunAsync(Job job) => job.Kind switch
    {
        JobKinds.ListUpdate => _lists.ResumeAsync(job),
        JobKinds.CustomerImport => _customers.ResumeImportAsync(job),
        JobKinds.CustomerRescreen => _customers.ResumeRescreenAsync(job),
        // A job of a newer release, or a typo in the database: nothing here can run it.
        _ => _jobs.FailAsync(job.Id, _runner.Owner, $"Unknown job kind '{job.Kind}'.", CancellationToken.None),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resuming job {Id} ({Kind}), attempt {Attempts}, from progress {Progress}")]
    partial void LogResuming(long id, string kind, int attempts, string progress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Id} ({Kind}) completed")]
    partial void LogResumed(long id, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Id} ({Kind}) failed; it is tried again once its lease runs out")]
    partial void LogJobFailed(long id, string kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for unfinished jobs failed; trying again shortly")]
    partial void LogRoundFailed(Exception exception);
}
