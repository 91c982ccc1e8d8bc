using Interdict.Core.Customers;

namespace Interdict.Storage;

/// <summary>Stored customers. Thread-safe.</summary>
public interface ICustomerStore
{
    /// <summary>Creates the customer or, when its screening-relevant fields (<see cref="Customer.Fingerprint"/>) changed,
    /// updates it and increments its revision; otherwise leaves it unchanged.</summary>
    Task<CustomerUpsert> UpsertAsync(Customer customer, CancellationToken cancellationToken);

    /// <summary>Creates or updates many customers in one transaction (millions are fine: rows are streamed in).
    /// When an id repeats within the input, the last row wins.</summary>
    Task<BulkUpsertSummary> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, CancellationToken cancellationToken);

    /// <summary>Like <see cref="BulkUpsertAsync(IAsyncEnumerable{Customer}, CancellationToken)"/>, and commits what
    /// <paramref name="followUp"/> makes of the counts (the import's audit record, the job that screens what it wrote)
    /// in the same transaction as the customers.</summary>
    Task<Committed<BulkUpsertSummary>> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, Func<BulkUpsertSummary, FollowUp?>? followUp,
        CancellationToken cancellationToken);

    /// <summary>The customer with this id; null when there is none.</summary>
    Task<Customer?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The customers with these ids, by id (ids with no customer are left out), read in a few queries however
    /// many are given.</summary>
    Task<IReadOnlyDictionary<string, Customer>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>A page of customers in id order (ordinal).</summary>
    Task<Page<Customer>> ListAsync(int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Every customer in id order, streamed (for building the reverse-screening index).</summary>
    IAsyncEnumerable<Customer> StreamAllAsync(CancellationToken cancellationToken);

    /// <summary>Customers created or updated at or after <paramref name="since"/>, oldest change first (for a process
    /// to catch up with changes other processes made).</summary>
    IAsyncEnumerable<Customer> StreamChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>How many customers are stored.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);
}
