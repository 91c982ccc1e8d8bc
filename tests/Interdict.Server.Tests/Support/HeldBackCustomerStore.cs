using System.Runtime.CompilerServices;
using Interdict.Core.Customers;
using Interdict.Storage;

namespace Interdict.Server.Tests.Support;

/// <summary>The real customer store, whose reads of every customer wait for <paramref name="gate"/> from the
/// <paramref name="fromRead"/>-th one on (1: from the first): a database that takes long to read a large customer base.</summary>
sealed class HeldBackCustomerStore(ICustomerStore store, Task gate, int fromRead = 1) : ICustomerStore
{
    int _reads;

    public async IAsyncEnumerable<Customer> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _reads) >= fromRead) await gate.WaitAsync(cancellationToken);
        await foreach (var customer in store.StreamAllAsync(cancellationToken)) yield return customer;
    }

    public Task<CustomerUpsert> UpsertAsync(Customer customer, CancellationToken cancellationToken) => store.UpsertAsync(customer, cancellationToken);
    public Task<BulkUpsertSummary> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, CancellationToken cancellationToken) => store.BulkUpsertAsync(customers, cancellationToken);
    public Task<Committed<BulkUpsertSummary>> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, Func<BulkUpsertSummary, FollowUp?>? followUp,
        CancellationToken cancellationToken) => store.BulkUpsertAsync(customers, followUp, cancellationToken);
    public Task<Customer?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);
    public Task<IReadOnlyDictionary<string, Customer>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => store.FindManyAsync(ids, cancellationToken);
    public Task<Page<Customer>> ListAsync(int offset, int limit, CancellationToken cancellationToken) => store.ListAsync(offset, limit, cancellationToken);
    public IAsyncEnumerable<Customer> StreamChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => store.StreamChangedSinceAsync(since, cancellationToken);
    public Task<long> CountAsync(CancellationToken cancellationToken) => store.CountAsync(cancellationToken);
}
