using System.Runtime.CompilerServices;
using Interdict.Core.Customers;
using Interdict.Storage;

namespace Interdict.Cluster;

/// <summary>The customer store as one shard sees it: streaming reads return only the shard's customers, so the
/// single-process <see cref="Interdict.Hosting.Customers.CustomerMonitor"/> builds and catches up the shard's reverse
/// index unchanged; every other member is the store's own.</summary>
sealed class ShardCustomerStore : ICustomerStore
{
    /// <summary>Customers read per query while a shard is built.</summary>
    const int ReadChunk = 5_000;

    readonly ICustomerStore _store;
    readonly ClusterDatabase _database;
    readonly int _shard;
    readonly int _shards;

    public ShardCustomerStore(ICustomerStore store, ClusterDatabase database, int shard, int shards)
    {
        _store = store;
        _database = database;
        _shard = shard;
        _shards = shards;
    }

    /// <summary>The shard's customers: their ids by one range scan of the hash index, then the rows in chunks.</summary>
    public async IAsyncEnumerable<Customer> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (from, until) = CustomerShards.Range(_shard, _shards);
        var ids = await _database.CustomerIdsAsync(from, until, cancellationToken).ConfigureAwait(false);
        await foreach (var customer in ReadAsync(ids, cancellationToken).ConfigureAwait(false)) yield return customer;
    }

    /// <summary>The shard's customers changed since <paramref name="since"/>: their ids through the index on the time of
    /// change (right after a bulk import every shard catches up within the two-minute margin, so a read of every
    /// changed customer by each of the shards would read the import once per shard), then the rows.</summary>
    public async IAsyncEnumerable<Customer> StreamChangedSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (from, until) = CustomerShards.Range(_shard, _shards);
        var ids = await _database.CustomerIdsChangedSinceAsync(from, until, since, cancellationToken).ConfigureAwait(false);
        await foreach (var customer in ReadAsync(ids, cancellationToken).ConfigureAwait(false)) yield return customer;
    }

    async IAsyncEnumerable<Customer> ReadAsync(List<string> ids, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var start = 0; start < ids.Count; start += ReadChunk)
        {
            var chunk = ids.GetRange(start, Math.Min(ReadChunk, ids.Count - start));
            var found = await _store.FindManyAsync(chunk, cancellationToken).ConfigureAwait(false);
            foreach (var id in chunk)
            {
                if (found.TryGetValue(id, out var customer)) yield return customer;
            }
        }
    }

    public Task<CustomerUpsert> UpsertAsync(Customer customer, CancellationToken cancellationToken) => _store.UpsertAsync(customer, cancellationToken);

    public Task<BulkUpsertSummary> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, CancellationToken cancellationToken) =>
        _store.BulkUpsertAsync(customers, cancellationToken);

    public Task<Committed<BulkUpsertSummary>> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, Func<BulkUpsertSummary, FollowUp?>? followUp,
        CancellationToken cancellationToken) => _store.BulkUpsertAsync(customers, followUp, cancellationToken);

    public Task<Customer?> FindAsync(string id, CancellationToken cancellationToken) => _store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyDictionary<string, Customer>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        _store.FindManyAsync(ids, cancellationToken);

    public Task<Page<Customer>> ListAsync(int offset, int limit, CancellationToken cancellationToken) => _store.ListAsync(offset, limit, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => _store.CountAsync(cancellationToken);
}
