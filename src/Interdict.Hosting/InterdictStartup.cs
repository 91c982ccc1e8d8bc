using Interdict.Hosting.Lists;
using Microsoft.Extensions.Hosting;

namespace Interdict.Hosting;

/// <summary>Prepares the service before it accepts requests: loads and indexes the lists. The web server starts
/// listening only after this finished, so a ready server always has its index built.</summary>
sealed class InterdictStartup : IHostedService
{
    readonly ListLoader _lists;

    public InterdictStartup(ListLoader lists) => _lists = lists;

    public Task StartAsync(CancellationToken cancellationToken) => _lists.LoadAsync([], cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
