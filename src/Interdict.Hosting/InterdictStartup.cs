using Interdict.Hosting.Customers;
using Interdict.Hosting.Lists;
using Interdict.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting;

/// <summary>Prepares the service before it accepts requests: applies the schema migrations and loads and indexes the
/// lists (bundled and stored); the web server starts listening only after this finished, so a ready server always
/// screens against its lists. The customers' reverse-screening index is then built in the background: screening does
/// not need it, and with millions of customers it takes seconds; what needs it waits for it
/// (<see cref="CustomerMonitor.WhenReadyAsync"/>). First of all, it removes the temporary files and staging folders a
/// crashed process left behind (<see cref="TempFiles"/>).</summary>
sealed partial class InterdictStartup : IHostedService, IDisposable
{
    readonly IInterdictStore _store;
    readonly ListLoader _lists;
    readonly CustomerMonitor _monitor;
    readonly InterdictOptions _options;
    readonly ILogger<InterdictStartup> _logger;
    readonly CancellationTokenSource _stopping = new();
    Task _indexing = Task.CompletedTask;
    int _stopped;

    public InterdictStartup(IInterdictStore store, ListLoader lists, CustomerMonitor monitor, IOptions<InterdictOptions> options, ILogger<InterdictStartup> logger)
    {
        _logger = logger;
        _store = store;
        _lists = lists;
        _monitor = monitor;
        _options = options.Value;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var library = new ListLibrary(new DirectoryInfo(_options.ResolvedDataDirectory()));
        var orphans = TempFiles.RemoveOrphans() + library.RemoveOrphanedStaging();
        if (orphans > 0) LogOrphansRemoved(orphans);
        await _store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        _indexing = Task.Run(() => _monitor.BuildUntilReadyAsync(_stopping.Token), CancellationToken.None);
        await StoredLists.LoadAsync(_store, _lists, _options, cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped twice (a test server disposed after an explicit stop): the second stop has nothing to do.
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _indexing.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping while the index was still being built
        }
    }

    public void Dispose() => _stopping.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} temporary file(s) or staging folder(s) left by a process that stopped without cleaning up")]
    partial void LogOrphansRemoved(int count);
}
