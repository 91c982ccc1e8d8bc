using System.Globalization;
using Interdict.Core.Alerts;
using Interdict.Core.Customers;
using Interdict.Hosting.Customers;
using Interdict.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Cluster;

/// <summary>The cluster's re-screening: a customer's change goes to its shard; a re-screen job fans out to every shard
/// and waits for all of them, asking again (after a pause) a shard whose call failed — its silo died, and Orleans
/// activates it on another silo, built from the database, at the next call.</summary>
/// <remarks>Idempotent as the job runner requires: a shard that finished records it (<see cref="ClusterDatabase"/>),
/// and answers a resumed job from that record.</remarks>
public sealed partial class ClusterRescreening : ICustomerRescreening
{
    /// <summary>The pause before a failed shard is asked again.</summary>
    static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    readonly IGrainFactory _grains;
    readonly SiloLists _lists;
    readonly IAlertStore _alerts;
    readonly ClusterSettings _settings;
    readonly ILogger<ClusterRescreening> _logger;

    /// <summary>Creates the re-screening over the cluster's shards.</summary>
    /// <param name="grains">Reaches the shards.</param>
    /// <param name="lists">Where this silo offers a job's lists to its own shards.</param>
    /// <param name="alerts">Reads back the alerts the shards raised, for the job's report.</param>
    /// <param name="settings">The shard count.</param>
    /// <param name="logger">Reports shards asked again.</param>
    public ClusterRescreening(IGrainFactory grains, SiloLists lists, IAlertStore alerts, IOptions<ClusterSettings> settings, ILogger<ClusterRescreening> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _grains = grains;
        _lists = lists;
        _alerts = alerts;
        _settings = settings.Value;
        _logger = logger;
    }

    /// <inheritdoc/>
    public Task ChangedAsync(Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return Shard(CustomerShards.ShardOf(customer.Id, _settings.Shards)).ChangedAsync(customer.Id).WaitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task RefreshAsync(long changed, CancellationToken cancellationToken) => changed == 0
        ? Task.CompletedTask
        : Task.WhenAll(Enumerable.Range(0, _settings.Shards).Select(s => Shard(s).RefreshAsync())).WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<RescreenDone> RescreenAsync(RescreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        _lists.Offer(request.JobId, request.Screener, request.Entries);
        var part = new ShardRescreen(request.JobId, request.Update?.Source, request.Update?.Version, request.Update?.Previous,
            request.Origin.ToString(), request.Actor.Name);
        using var progress = new ShardProgress(request.Progress, _settings.Shards);
        var done = await Task.WhenAll(Enumerable.Range(0, _settings.Shards).Select(async s =>
        {
            var result = await RunAsync(s, part, cancellationToken).ConfigureAwait(false);
            await progress.ShardDoneAsync(cancellationToken).ConfigureAwait(false);
            return result;
        })).ConfigureAwait(false);
        var raised = new List<Alert>();
        foreach (var id in done.SelectMany(d => d.Raised).Order())
        {
            if (await _alerts.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } alert) raised.Add(alert);
        }
        return new RescreenDone(done.Sum(d => d.Candidates), done.Sum(d => d.Hits), done.Sum(d => d.Matches), raised);
    }

    async Task<ShardDone> RunAsync(int shard, ShardRescreen part, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Shard(shard).RescreenAsync(part).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Its silo died (or the database was briefly away): the next call activates the shard elsewhere.
                LogShardFailed(shard, part.JobId, attempt, e.Message);
                await Task.Delay(RetryAfter, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reports the shards finished as the job's progress, one report at a time and at most every second (the
    /// last one always).</summary>
    sealed class ShardProgress(Func<string, CancellationToken, Task>? report, int shards) : IDisposable
    {
        readonly SemaphoreSlim _writing = new(1, 1);
        int _done;
        long _lastReport;

        public async Task ShardDoneAsync(CancellationToken cancellationToken)
        {
            var done = Interlocked.Increment(ref _done);
            if (report is null) return;
            var now = Environment.TickCount64;
            if (done < shards && now - Interlocked.Read(ref _lastReport) < 1_000) return;
            await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                Interlocked.Exchange(ref _lastReport, now);
                var text = string.Create(CultureInfo.InvariantCulture, $"{{\"step\":\"rescreen\",\"shards_done\":{Volatile.Read(ref _done)},\"shards\":{shards}}}");
                await report(text, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _writing.Release();
            }
        }

        public void Dispose() => _writing.Dispose();
    }

    ICustomerShardGrain Shard(int shard) => _grains.GetGrain<ICustomerShardGrain>(shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shard {Shard} failed its part of job {Job} (attempt {Attempt}): {Reason}; asking it again")]
    partial void LogShardFailed(int shard, long job, int attempt, string reason);
}
