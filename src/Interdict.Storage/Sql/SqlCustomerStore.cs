using System.Runtime.CompilerServices;
using Dapper;
using Interdict.Core.Customers;

namespace Interdict.Storage.Sql;

internal sealed class SqlCustomerStore(Database database, TimeProvider clock) : ICustomerStore
{
    public async Task<CustomerUpsert> UpsertAsync(Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var now = Micros.Now(clock);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var written = await connection.QuerySingleOrDefaultAsync<Written>(new CommandDefinition(
                CustomerRow.UpsertSql,
                CustomerRow.From(customer, now),
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (written is not null)
            {
                var stored = customer with { Revision = checked((int)written.Revision), CreatedAt = Micros.To(written.CreatedAt), UpdatedAt = Micros.To(now) };
                return new CustomerUpsert(written.Revision == 1 ? UpsertOutcome.Created : UpsertOutcome.Updated, stored);
            }
            var current = await FindAsync(connection, customer.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Customer '{customer.Id}' vanished during its upsert.");
            return new CustomerUpsert(UpsertOutcome.Unchanged, current);
        }
    }

    public async Task<BulkUpsertSummary> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, CancellationToken cancellationToken) =>
        (await BulkUpsertAsync(customers, null, cancellationToken).ConfigureAwait(false)).Value;

    public Task<Committed<BulkUpsertSummary>> BulkUpsertAsync(IAsyncEnumerable<Customer> customers, Func<BulkUpsertSummary, FollowUp?>? followUp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return database.BulkUpsertCustomersAsync(customers, Micros.Now(clock), followUp, clock, cancellationToken);
    }

    public async Task<Customer?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await FindAsync(connection, id, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyDictionary<string, Customer>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, Customer>(StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var chunk in SqlList.Chunks(ids))
            {
                var (placeholders, parameters) = SqlList.Of(chunk);
                var rows = await connection.QueryAsync<CustomerRow>(new CommandDefinition(
                    $"SELECT {CustomerRow.Columns} FROM customers WHERE id IN ({placeholders})", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    var customer = row.ToCustomer();
                    found[customer.Id] = customer;
                }
            }
        }
        return found;
    }

    public async Task<Page<Customer>> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 1000);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM customers", cancellationToken: cancellationToken)).ConfigureAwait(false);
            var rows = await connection.QueryAsync<CustomerRow>(new CommandDefinition(
                $"SELECT {CustomerRow.Columns} FROM customers ORDER BY id LIMIT @limit OFFSET @offset",
                new { limit = (long)limit, offset = (long)offset }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new Page<Customer>([.. rows.Select(r => r.ToCustomer())], total, offset, limit);
        }
    }

    public IAsyncEnumerable<Customer> StreamAllAsync(CancellationToken cancellationToken) =>
        StreamAsync($"SELECT {CustomerRow.Columns} FROM customers ORDER BY id", since: null, cancellationToken);

    public IAsyncEnumerable<Customer> StreamChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        StreamAsync($"SELECT {CustomerRow.Columns} FROM customers WHERE updated_at >= @since ORDER BY updated_at, id", since, cancellationToken);

    async IAsyncEnumerable<Customer> StreamAsync(string sql, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            if (since is { } at)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "since";
                parameter.Value = Micros.Of(at);
                command.Parameters.Add(parameter);
            }
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return CustomerRow.Read(reader);
                }
            }
        }
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM customers", cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    static async Task<Customer?> FindAsync(System.Data.Common.DbConnection connection, string id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CustomerRow>(new CommandDefinition(
            $"SELECT {CustomerRow.Columns} FROM customers WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToCustomer();
    }

    sealed class Written
    {
        public long Revision { get; set; }
        public long CreatedAt { get; set; }
    }
}
