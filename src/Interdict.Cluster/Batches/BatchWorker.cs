using System.Collections.Concurrent;
using Interdict.Hosting.Lists;
using Interdict.Hosting.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Interdict.Cluster.Batches;

/// <summary>Each silo's share of the batches: claims an open chunk (<see cref="ClusterBatches.ClaimAsync"/>), screens it
/// on all cores against the lists this silo serves, stores its output once, and claims the next; waits a moment when
/// there is none.</summary>
/// <remarks>A chunk whose batch names list versions this silo does not serve (a version imported a moment ago, not yet
/// here) is given back and its batch skipped for a while; another silo, or this one later, screens it.</remarks>
sealed partial class BatchWorker(ClusterBatches batches, ListHost lists, ILocalSiloDetails silo, IOptions<ClusterSettings> settings, ILogger<BatchWorker> logger)
    : BackgroundService
{
    /// <summary>The pause when no chunk is open (or the database is away).</summary>
    static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a batch this silo cannot screen is left to the others.</summary>
    static readonly TimeSpan SkipFor = TimeSpan.FromSeconds(5);

    readonly ConcurrentDictionary<long, (BatchSpec Spec, BatchRows Rows)> _specs = new();
    readonly Dictionary<long, DateTime> _skipped = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var owner = silo.SiloAddress.ToString();
        var lease = TimeSpan.FromSeconds(Math.Max(1, settings.Value.BatchLeaseSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await ScreenOneAsync(owner, lease, stoppingToken).ConfigureAwait(false)) await Task.Delay(Idle, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database away for a moment, a chunk that cannot be read: its lease runs out and it is tried again.
                LogFailed(e);
                await Task.Delay(Idle * 4, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Claims and screens one chunk; false when none was open.</summary>
    async Task<bool> ScreenOneAsync(string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        foreach (var (skipped, until) in _skipped.ToArray())
        {
            if (until < now) _skipped.Remove(skipped);
        }
        var chunk = await batches.ClaimAsync(owner, lease, _skipped.Keys, cancellationToken).ConfigureAwait(false);
        if (chunk is null) return false;
        if (!_specs.TryGetValue(chunk.BatchId, out var batch))
        {
            var spec = await batches.SpecAsync(chunk.BatchId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Batch {chunk.BatchId} has chunks but no record.");
            batch = (spec, new BatchRows(BatchChunkCodec.DecodeHeader(spec.Header)));
            _specs[chunk.BatchId] = batch;
        }
        var screener = lists.Current.Screener;
        var served = BatchRows.Versions(screener, batch.Spec.Options);
        if (!string.Equals(served, batch.Spec.Versions, StringComparison.Ordinal))
        {
            LogVersions(chunk.BatchId, batch.Spec.Versions, served);
            _skipped[chunk.BatchId] = now + SkipFor;
            await batches.ReleaseAsync(chunk, owner, cancellationToken).ConfigureAwait(false);
            return true;
        }
        var records = BatchChunkCodec.DecodeRows(chunk.Input);
        var done = ChunkScreening.Screen(records, batch.Rows, screener, batch.Spec.Options, batch.Spec.Format);
        Interdict.Hosting.CrashPoints.Reach(ClusterCrashPoints.BatchChunkScreened);
        if (!await batches.CompleteAsync(chunk, done, owner, cancellationToken).ConfigureAwait(false)) LogLate(chunk.BatchId, chunk.Seq);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch screening failed for a moment; the chunk's lease runs out and it is claimed again")]
    partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch {Batch} screens against {Wanted}; this silo serves {Served}: its chunks are left to others for now")]
    partial void LogVersions(long batch, string wanted, string served);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chunk {Seq} of batch {Batch} was finished by another silo first (its lease had run out here); this silo's copy is dropped")]
    partial void LogLate(long batch, int seq);
}
