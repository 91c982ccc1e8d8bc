using Interdict.Hosting.Customers;
using Interdict.Hosting.Lists;
using Interdict.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting;

/// <summary>Prepares the service before it accepts requests: applies the schema migrations, loads and indexes the lists
/// (bundled and stored) and builds the customers' reverse-screening index. The web server starts listening only
/// after this finished, so a ready server always has its indexes built.</summary>
sealed class InterdictStartup : IHostedService
{
    readonly IInterdictStore _store;
    readonly ListLoader _lists;
    readonly CustomerMonitor _monitor;
    readonly InterdictOptions _options;

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
        var stored = new List<IReadOnlyList<ListFile>>();
        foreach (var version in await _store.Lists.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            var content = await _store.Lists.GetContentAsync(version.Id, cancellationToken).ConfigureAwait(false);
            if (content is not null) stored.Add([new ListFile(version.FileName, content)]);
        }
        var folders = new ListLibrary(new DirectoryInfo(_options.ResolvedDataDirectory())).StoredVersions().Select(d => d.FullName).ToArray();
        // The lists and the customers' index are independent: build them side by side.
        await Task.WhenAll(_lists.LoadAsync(stored, folders, cancellationToken), _monitor.LoadAsync(cancellationToken)).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
