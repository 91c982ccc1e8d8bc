using Dapper;

namespace Interdict.Storage.Sql;

/// <summary>The store over one <see cref="Database"/>.</summary>
internal sealed class SqlInterdictStore : IInterdictStore
{
    readonly Database _database;
    readonly SqlAuditLog _audit;
    readonly TimeProvider _clock;

    public SqlInterdictStore(Database database, TimeProvider clock, int auditBatchSize, AuditAnchorFile? anchor)
    {
        _database = database;
        _database.Anchor = anchor;
        _clock = clock;
        Customers = new SqlCustomerStore(database, clock);
        Alerts = new SqlAlertStore(database, clock);
        PaymentAlerts = new SqlPaymentAlertStore(database, clock);
        _audit = new SqlAuditLog(database, clock, auditBatchSize, anchor);
        Keys = new SqlApiKeyStore(database, clock);
        Lists = new SqlListVersionStore(database, clock);
        Jobs = new SqlJobStore(database, clock);
    }

    public StorageProvider Provider => _database.Provider;
    public ICustomerStore Customers { get; }
    public IAlertStore Alerts { get; }
    public IPaymentAlertStore PaymentAlerts { get; }
    public IAuditLog Audit => _audit;
    public IApiKeyStore Keys { get; }
    public IListVersionStore Lists { get; }
    public IJobStore Jobs { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _database.PrepareAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await _database.LockAsync(connection, transaction, LockName.Migrations, cancellationToken).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition("""
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        version INTEGER NOT NULL PRIMARY KEY,
                        name TEXT NOT NULL,
                        applied_at BIGINT NOT NULL)
                    """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var applied = (await connection.QueryAsync<long>(new CommandDefinition(
                    "SELECT version FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
                    .ToHashSet();
                foreach (var migration in _database.Migrations.OrderBy(m => m.Version))
                {
                    if (applied.Contains(migration.Version)) continue;
                    await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                        new { migration.Version, migration.Name, At = Micros.Now(_clock) },
                        transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<long> PingAsync(CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT MAX(version) FROM schema_migrations", cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _audit.DisposeAsync().ConfigureAwait(false);
        await _database.DisposeAsync().ConfigureAwait(false);
    }
}
