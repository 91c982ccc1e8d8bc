using Interdict.Core.Customers;
using Interdict.Hosting.Alerts;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Customers;

/// <summary>The single-process deployment's re-screening: every customer in this process's reverse index
/// (<see cref="CustomerMonitor"/>), alerts raised through <see cref="AlertService"/> (never twice for a match under
/// review, so a resumed job raises nothing twice).</summary>
public sealed class LocalRescreening : ICustomerRescreening
{
    readonly CustomerMonitor _monitor;
    readonly AlertService _alerts;
    readonly CustomerOwnership _ownership;

    /// <summary>Creates the re-screening over this process's index.</summary>
    /// <param name="monitor">The customers' reverse index.</param>
    /// <param name="alerts">Raises alerts for the hits.</param>
    /// <param name="ownership">Screens the customers whose owners are hit, or named by the lists' links.</param>
    public LocalRescreening(CustomerMonitor monitor, AlertService alerts, CustomerOwnership ownership)
    {
        _monitor = monitor;
        _alerts = alerts;
        _ownership = ownership;
    }

    /// <inheritdoc/>
    public Task ChangedAsync(Customer customer, CancellationToken cancellationToken)
    {
        _monitor.Changed(customer);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task RefreshAsync(long changed, CancellationToken cancellationToken) => _monitor.RefreshAsync(changed, cancellationToken);

    /// <inheritdoc/>
    public async Task<RescreenDone> RescreenAsync(RescreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Customers another process created or changed a moment ago are re-screened too.
        await _monitor.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var options = new ScreeningOptions();
        var found = request.Entries is null
            ? _monitor.RescreenAll(request.Screener, options)
            : _monitor.Rescreen(request.Entries, request.Screener, options);
        // Customers whose owners the entries match, or name as companies they own, are screened by the ownership rule.
        var lists = request.Lists ?? _ownership.Served;
        var owned = request.Entries is null ? _monitor.OwnedThroughLinks(lists.Links) : _monitor.OwnedThroughLinks(request.Entries);
        var matches = await _monitor.WithCustomersAsync(found.Hits, c => _ownership.Screen(c, lists), owned, cancellationToken).ConfigureAwait(false);
        var raised = await _alerts.RaiseAsync(matches, request.Origin, request.Actor, cancellationToken).ConfigureAwait(false);
        return new RescreenDone(found.Candidates, found.Hits.Count, matches.Count, raised);
    }
}
