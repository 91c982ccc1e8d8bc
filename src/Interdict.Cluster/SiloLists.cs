using System.Collections.Concurrent;
using Interdict.Core.Lists;
using Interdict.Hosting;
using Interdict.Hosting.Lists;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Storage;
using Microsoft.Extensions.Logging;

namespace Interdict.Cluster;

/// <summary>The lists on this silo, as the shards here need them for a job: the screener holding a list update's new
/// version and the entries it re-screens. The silo that runs the job offers its own (it holds them already, and holds
/// its lists' writer lock while the job runs); any other silo loads the version from the database, serves it from then
/// on (no polling: the job reaching a silo's shards is what brings the version there), and builds the job's entries
/// once for all its shards.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed partial class SiloLists
{
    /// <summary>Jobs whose lists are kept: a few recent ones (a job's shards ask within minutes).</summary>
    const int Kept = 8;

    readonly ListHost _host;
    readonly IListVersionStore _versions;
    readonly SharedStateRefresher _stored;
    readonly ILogger<SiloLists> _logger;
    readonly ConcurrentDictionary<long, Lazy<Task<JobLists>>> _jobs = new();
    readonly ConcurrentQueue<long> _order = new();

    /// <summary>Creates the silo's lists.</summary>
    /// <param name="host">The lists this silo serves.</param>
    /// <param name="versions">The stored versions.</param>
    /// <param name="stored">Serves every stored version not served yet.</param>
    /// <param name="logger">Reports versions picked up.</param>
    public SiloLists(ListHost host, IListVersionStore versions, SharedStateRefresher stored, ILogger<SiloLists> logger)
    {
        _host = host;
        _versions = versions;
        _stored = stored;
        _logger = logger;
    }

    /// <summary>Offers the lists of a job this silo runs, to its own shards.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="screener">The screener of the job.</param>
    /// <param name="entries">The entries it re-screens; null: everyone against everything in force.</param>
    public void Offer(long jobId, Screener screener, IReadOnlyList<ListEntry>? entries) =>
        Keep(jobId, new Lazy<Task<JobLists>>(Task.FromResult(new JobLists(screener, entries))));

    /// <summary>The screener and entries of a shard's part of a job.</summary>
    /// <param name="request">The shard's part.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public Task<JobLists> ForAsync(ShardRescreen request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lazy = _jobs.GetOrAdd(request.JobId, _ => new Lazy<Task<JobLists>>(() =>
            request.Source is null ? EverythingStoredAsync(CancellationToken.None) : LoadAsync(request, CancellationToken.None)));
        Keep(request.JobId, lazy);
        var task = lazy.Value;
        // A failed load (the database briefly away) is not kept: the next call tries again.
        if (task.IsFaulted) _jobs.TryRemove(new KeyValuePair<long, Lazy<Task<JobLists>>>(request.JobId, lazy));
        return task.WaitAsync(cancellationToken);
    }

    /// <summary>Serves every stored version not served yet, in the background (through the lists' single writer, which
    /// an import running on this silo may hold while it waits for this very shard): a shard coming to a silo calls it,
    /// since a version imported while the silo held no shard was never brought to it by the version's job. On the thread
    /// pool, not the calling grain's scheduler: a list's parse and index build must not hold the shard's activation.</summary>
    public void ServeStoredSoon() => _ = Task.Run(ServeStoredAsync);

    async Task ServeStoredAsync()
    {
        try
        {
            await _stored.ServeStoredListsAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogServeStoredFailed(e);
        }
    }

    /// <summary>A full re-screen's lists: everything stored, not only what jobs brought to this silo (a silo that held
    /// no shard when a version was imported never got it, and its shards would screen against less than the job's
    /// silo). Versions missing here are loaded for the job and served from then on, without waiting for the writer.</summary>
    async Task<JobLists> EverythingStoredAsync(CancellationToken cancellationToken)
    {
        var state = _host.Current;
        foreach (var stored in await _versions.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (state.Contains(new ListVersion(stored.Source, stored.Generated, stored.FileName))) continue;
            var content = await _versions.GetContentAsync(stored.Id, cancellationToken).ConfigureAwait(false);
            var parsed = content is null ? null : ListFileSet.Parse([new ListFile(stored.FileName, content)], stored.Generated);
            // A version that no longer parses is refused by every process alike (SharedStateRefresher): not screened.
            if (parsed is not { Success: true } || state.Contains(parsed.Snapshot.Version)) continue;
            var version = LoadedVersion.Build(parsed.Snapshot, bundled: false);
            state = state.With(version);
            _ = PublishAsync(version);
        }
        return new JobLists(state.Screener, null) { State = state };
    }

    void Keep(long jobId, Lazy<Task<JobLists>> lists)
    {
        if (_jobs.TryAdd(jobId, lists)) _order.Enqueue(jobId);
        else _jobs[jobId] = lists;
        while (_order.Count > Kept && _order.TryDequeue(out var oldest)) _jobs.TryRemove(oldest, out _);
    }

    async Task<JobLists> LoadAsync(ShardRescreen request, CancellationToken cancellationToken)
    {
        var state = _host.Current;
        var version = await FindOrLoadAsync(state, request.Source!, request.Version!, cancellationToken).ConfigureAwait(false);
        if (state.FindVersion(version.Snapshot.Version.Source, request.Version!) is null) state = state.With(version);
        LoadedVersion? previous = null;
        if (request.Previous is not null)
        {
            previous = await FindOrLoadAsync(state, request.Source!, request.Previous, cancellationToken).ConfigureAwait(false);
            if (state.FindVersion(request.Source!, request.Previous) is null) state = state.With(previous);
        }
        IReadOnlyList<ListEntry> entries = previous is null ? version.Snapshot.Entries : [.. ListDiff.Compute(previous.Snapshot, version.Snapshot).EntriesToRescreen];
        if (!ReferenceEquals(state, _host.Current)) _ = PublishAsync(version);
        return new JobLists(state.Screener, entries) { State = state };
    }

    /// <summary>Serves a version picked up for a job from now on, through the lists' single writer (in the background:
    /// the job must not wait for an import running on this silo).</summary>
    async Task PublishAsync(LoadedVersion version)
    {
        try
        {
            await _host.UpdateAsync((current, _) => Task.FromResult<(ListState?, bool)>(
                current.Contains(version.Snapshot.Version) ? (null, false) : (current.With(version), true)), CancellationToken.None).ConfigureAwait(false);
            LogPickedUp(version.Snapshot.Version);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPublishFailed(version.Snapshot.Version, e);
        }
    }

    async Task<LoadedVersion> FindOrLoadAsync(ListState state, string source, string label, CancellationToken cancellationToken)
    {
        if (state.FindVersion(source, label) is { } served) return served;
        var stored = (await _versions.ListAsync(source, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.Label == label);
        var content = stored is null ? null : await _versions.GetContentAsync(stored.Id, cancellationToken).ConfigureAwait(false);
        var parsed = content is null ? null : ListFileSet.Parse([new ListFile(stored!.FileName, content)], stored.Generated);
        if (parsed is not { Success: true }) throw new InvalidDataException($"List version {source} {label} is not stored or no longer parses.");
        return LoadedVersion.Build(parsed.Snapshot, bundled: false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving list {Version}, picked up for a cluster job")]
    partial void LogPickedUp(ListVersion version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving the stored list versions failed; a job brings them")]
    partial void LogServeStoredFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Version} was used for a cluster job but could not be published here")]
    partial void LogPublishFailed(ListVersion version, Exception exception);
}

/// <summary>A job's lists on one silo.</summary>
/// <param name="Screener">The screener holding the version of the job.</param>
/// <param name="Entries">The entries re-screened; null for everyone against everything in force.</param>
public sealed record JobLists(Screener Screener, IReadOnlyList<ListEntry>? Entries)
{
    /// <summary>The lists of the job, links included, for the ownership rule; null when only the screener was offered
    /// (the lists served are used then).</summary>
    public ListState? State { get; init; }
}
