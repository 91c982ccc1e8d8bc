using Interdict.Core.Lists;
using Interdict.Hosting.Customers;
using Interdict.Hosting.Lists;
using Interdict.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting;

/// <summary>Keeps this process current with what other processes of the deployment stored: every
/// <see cref="InterdictOptions.RefreshSeconds"/> it serves the list versions it does not serve yet (their metadata is
/// read, then any missing version is loaded, parsed and indexed) and reads the customers changed since into the
/// customers' reverse index.</summary>
/// <remarks>
/// <para>With several processes on one PostgreSQL database, an import goes through one of them: that process re-screens
/// the customers and raises the alerts (shared through the database); the others only need to serve the new version,
/// which this does within one interval, without a restart and without screening anyone again. Customers are caught
/// up again right before any list import re-screens (<see cref="ListImporter"/>), so a customer created through
/// another process a moment earlier is re-screened too.</para>
/// <para>Each stored version is read at most once per process: one that turns out to be served already, or that no
/// longer parses (logged), is remembered and skipped afterwards. Publishing goes through <see cref="ListHost"/>'s
/// single writer, so a refresh never races an import.</para>
/// </remarks>
public sealed partial class SharedStateRefresher : BackgroundService
{
    readonly IListVersionStore _store;
    readonly ListHost _host;
    readonly CustomerMonitor _customers;
    readonly InterdictOptions _options;
    readonly ILogger<SharedStateRefresher> _logger;
    readonly HashSet<long> _settled = [];
    readonly SemaphoreSlim _refreshing = new(1, 1);

    /// <summary>Creates the refresher.</summary>
    /// <param name="store">Where versions are stored.</param>
    /// <param name="host">Where the lists are served.</param>
    /// <param name="customers">The customers' reverse index.</param>
    /// <param name="options">The refresh interval.</param>
    /// <param name="logger">Reports each version picked up or refused.</param>
    public SharedStateRefresher(IListVersionStore store, ListHost host, CustomerMonitor customers, IOptions<InterdictOptions> options, ILogger<SharedStateRefresher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _host = host;
        _customers = customers;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Serves the stored list versions not served yet and reads the customers changed since the last
    /// refresh; returns how many versions were added and how many customers read.</summary>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    public async Task<(int ListVersions, int Customers)> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var versions = await ServeStoredVersionsAsync(cancellationToken).ConfigureAwait(false);
            var customers = await _customers.CatchUpAsync(cancellationToken).ConfigureAwait(false);
            return (versions, customers);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>Serves the stored list versions not served yet, without reading customers: a cluster silo, which does
    /// not poll, when a shard comes to it (a silo that held no shard when a version was imported was never brought it
    /// by the version's job). Returns how many versions were added.</summary>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    public async Task<int> ServeStoredListsAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ServeStoredVersionsAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _refreshing.Dispose();
        base.Dispose();
    }

    async Task<int> ServeStoredVersionsAsync(CancellationToken cancellationToken)
    {
        var stored = await _store.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var pending = new List<StoredListVersion>();
        foreach (var version in stored)
        {
            if (_settled.Contains(version.Id)) continue;
            if (_host.Current.Contains(new ListVersion(version.Source, version.Generated, version.FileName))) _settled.Add(version.Id);
            else pending.Add(version);
        }
        if (pending.Count == 0) return 0;
        return await _host.UpdateAsync(async (current, token) =>
        {
            var state = current;
            var added = 0;
            foreach (var version in pending)
            {
                _settled.Add(version.Id);
                var content = await _store.GetContentAsync(version.Id, token).ConfigureAwait(false);
                if (content is null) continue;
                var result = ListFileSet.Parse([new ListFile(version.FileName, content)], version.Generated);
                if (!result.Success)
                {
                    LogRefused(version.Source, version.Label, result.Failure.ToString());
                    continue;
                }
                // An import in this process may have published it since the metadata was read.
                if (state.Contains(result.Snapshot.Version)) continue;
                state = state.With(LoadedVersion.Build(result.Snapshot, bundled: false));
                added++;
                LogPickedUp(result.Snapshot.Version, result.Snapshot.Entries.Length);
            }
            return (added > 0 ? state : null, added);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.RefreshSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.RefreshSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is briefly unreachable must not stop the refresher: the next tick tries again.
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Picked up list {Version} stored by another process: {Entries} entries")]
    partial void LogPickedUp(Interdict.Core.Lists.ListVersion version, int entries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored list version {Source} {Label} could not be read and is not served: {Failure}")]
    partial void LogRefused(string source, string label, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading what other processes stored failed; trying again at the next interval")]
    partial void LogFailed(Exception exception);
}
