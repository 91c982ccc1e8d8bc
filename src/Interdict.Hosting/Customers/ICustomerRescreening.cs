using Interdict.Core.Customers;

namespace Interdict.Hosting.Customers;

/// <summary>Where the monitored customers are indexed and re-screened: this process's reverse index
/// (<see cref="LocalRescreening"/>, the default) or a cluster's customer shards (Interdict.Cluster).</summary>
/// <remarks>The second implementation is the reason for this interface: the list importer and the customer service
/// call it the same way in both deployments.</remarks>
public interface ICustomerRescreening
{
    /// <summary>A customer was created or changed (as stored): its index learns of it.</summary>
    /// <param name="customer">The customer as stored.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task ChangedAsync(Customer customer, CancellationToken cancellationToken);

    /// <summary>A bulk import created or changed <paramref name="changed"/> customers: the index is rebuilt when any.</summary>
    /// <param name="changed">How many customers the import created or changed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task RefreshAsync(long changed, CancellationToken cancellationToken);

    /// <summary>Re-screens the customers the request covers and raises alerts for their hits, idempotently: a run
    /// again after a crash raises nothing twice.</summary>
    /// <param name="request">The job, the screener, and the entries (or everyone).</param>
    /// <param name="cancellationToken">Cancels the work (the job stays unfinished and is resumed).</param>
    /// <returns>How many customers were scored, the hits, and the alerts raised.</returns>
    Task<RescreenDone> RescreenAsync(RescreenRequest request, CancellationToken cancellationToken);
}
