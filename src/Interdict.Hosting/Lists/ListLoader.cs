using System.Diagnostics;
using Interdict.Lists;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting.Lists;

/// <summary>Loads the lists to serve at start: the bundled UN list (unless turned off) and every version stored in the
/// database, each parsed and indexed once, in parallel.</summary>
public sealed partial class ListLoader
{
    readonly ListHost _host;
    readonly InterdictOptions _options;
    readonly ILogger<ListLoader> _logger;

    /// <summary>Creates the loader.</summary>
    /// <param name="host">Where the loaded state is published.</param>
    /// <param name="options">Whether to serve the bundled list.</param>
    /// <param name="logger">Reports each version loaded or refused.</param>
    public ListLoader(ListHost host, IOptions<InterdictOptions> options, ILogger<ListLoader> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _host = host;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Loads and publishes the lists. A stored version that no longer parses is logged and left out; the
    /// others still load. The same version found twice (bundled, in the database, in the data folder) is served once.</summary>
    /// <param name="stored">The versions stored in the database: their files and stored date, one set per version.</param>
    /// <param name="folders">The versions imported into the data folder by <c>interdict lists import</c> (older data folders; <see cref="ListLibrary"/>).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public Task LoadAsync(IReadOnlyList<StoredVersionFiles> stored, IReadOnlyList<string> folders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(folders);
        return _host.UpdateAsync<int>((current, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var jobs = new List<Func<ImportResult>>();
            if (_options.BundledList) jobs.Add(BundledLists.LoadUn);
            foreach (var version in stored) jobs.Add(() => ListFileSet.Parse(version.Files, version.Published));
            foreach (var folder in folders) jobs.Add(() => ListLibrary.Import(folder));
            var loaded = new LoadedVersion?[jobs.Count];
            Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var result = jobs[i]();
                if (!result.Success)
                {
                    LogRefused(result.Failure.ToString());
                    return;
                }
                loaded[i] = LoadedVersion.Build(result.Snapshot, bundled: _options.BundledList && i == 0);
            });
            var versions = new List<LoadedVersion>();
            foreach (var version in loaded)
            {
                // A stored copy of the bundled version is the same version: serve it once.
                if (version is null || versions.Exists(v => ListState.SameVersion(v.Snapshot.Version, version.Snapshot.Version))) continue;
                versions.Add(version);
            }
            var state = new ListState(versions, current.Generation + 1, current.Clock);
            var elapsed = Stopwatch.GetElapsedTime(started);
            foreach (var v in state.Versions) LogLoaded(v.Snapshot.Version, v.Snapshot.Entries.Length, v.Bundled);
            LogReady(state.Versions.Count, elapsed.TotalMilliseconds);
            return Task.FromResult<(ListState?, int)>((state, versions.Count));
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving list {Version}: {Entries} entries (bundled: {Bundled})")]
    partial void LogLoaded(Interdict.Core.Lists.ListVersion version, int entries, bool bundled);

    [LoggerMessage(Level = LogLevel.Error, Message = "A stored list version could not be read and is not served: {Failure}")]
    partial void LogRefused(string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} list version(s) parsed and indexed in {Milliseconds:0} ms")]
    partial void LogReady(int count, double milliseconds);
}
