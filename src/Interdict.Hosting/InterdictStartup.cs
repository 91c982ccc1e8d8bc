using Interdict.Hosting.Customers;
using Interdict.Hosting.Lists;
using Interdict.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting;

/// <summary>Prepares the service before it accepts requests: applies the schema migrations and loads and indexes the
/// lists (bundled and stored); the web server starts listening only after this finished, so a ready server always
/// screens against its lists. The customers' reverse-screening index is then built in the background: screening does
/// not need it, and with millions of customers it takes seconds; what needs it waits for it
/// (<see cref="CustomerMonitor.WhenReadyAsync"/>).</summary>
sealed class InterdictStartup : IHostedService, IDisposable
{
    readonly IInterdictStore _store;
    readonly ListLoader _lists;
    readonly CustomerMonitor _monitor;
    readonly InterdictOptions _options;
    readonly CancellationTokenSource _stopping = new();
    Task _indexing = Task.CompletedTask;
    int _stopped;

    public InterdictStartup(IInterdictStore store, ListLoader lists, CustomerMonitor monitor, IOptions<InterdictOptions> options)
    {
        _store = store;
        _lists = lists;
        _monitor = monitor;
        _options = options.Value;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
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
}
