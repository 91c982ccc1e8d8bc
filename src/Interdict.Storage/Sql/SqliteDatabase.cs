using System.Data.Common;
using Interdict.Core.Customers;
using Microsoft.Data.Sqlite;

namespace Interdict.Storage.Sql;

/// <summary>SQLite: one file, WAL journal (readers never block the writer), a busy timeout so concurrent writers
/// wait instead of failing, and synchronous=FULL so a committed audit record survives a power cut (group commit
/// keeps that affordable: one fsync per batch, not per record).</summary>
internal sealed class SqliteDatabase : Database
{
    const int BusyTimeoutMilliseconds = 30_000;
    readonly string _connectionString;
    readonly string _path;

    public SqliteDatabase(string path)
    {
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            // WAL is a property of the file: set once, it stays.
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE unless deferred: the write lock is taken at once.
        await ((SqliteConnection)connection).BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<Committed<BulkUpsertSummary>> BulkUpsertCustomersAsync(IAsyncEnumerable<Customer> customers, long now,
        Func<BulkUpsertSummary, FollowUp?>? followUp, TimeProvider clock, CancellationToken cancellationToken)
    {
        long rows = 0, created = 0, updated = 0;
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The rows go to a temporary table keyed by id first, where a repeated id replaces its earlier row: the
                // last row wins and is written once, as on PostgreSQL (one revision, counted once).
                using (var create = (SqliteCommand)connection.CreateCommand())
                {
                    create.Transaction = (SqliteTransaction)transaction;
                    create.CommandText = """
                        CREATE TEMP TABLE customers_incoming (
                            id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, date_of_birth TEXT NULL,
                            nationality TEXT NULL, country TEXT NULL, identifiers TEXT NOT NULL, fingerprint TEXT NOT NULL, owners TEXT NOT NULL)
                        """;
                    create.ExecuteNonQuery();
                }
                using (var stage = new RowCommand<CustomerRow>(connection, transaction, $"INSERT OR REPLACE INTO customers_incoming ({CustomerRow.FieldColumns}) VALUES ({CustomerRow.FieldParameters})"))
                {
                    await foreach (var customer in customers.WithCancellation(cancellationToken).ConfigureAwait(false))
                    {
                        stage.Execute(CustomerRow.From(customer));
                        rows++;
                    }
                }
                using (var merge = (SqliteCommand)connection.CreateCommand())
                {
                    merge.Transaction = (SqliteTransaction)transaction;
                    // "WHERE true": SQLite needs it to tell the upsert's ON CONFLICT from a join's ON.
                    merge.CommandText = """
                        INSERT INTO customers (id, name, kind, date_of_birth, nationality, country, identifiers, fingerprint, owners, revision, created_at, updated_at)
                        SELECT id, name, kind, date_of_birth, nationality, country, identifiers, fingerprint, owners, 1, @now, @now FROM customers_incoming WHERE true
                        ON CONFLICT (id) DO UPDATE SET
                            name = excluded.name, kind = excluded.kind, date_of_birth = excluded.date_of_birth,
                            nationality = excluded.nationality, country = excluded.country, identifiers = excluded.identifiers,
                            owners = excluded.owners, fingerprint = excluded.fingerprint, revision = customers.revision + 1, updated_at = excluded.updated_at
                        WHERE customers.fingerprint <> excluded.fingerprint
                        RETURNING revision
                        """;
                    merge.Parameters.AddWithValue("@now", now);
                    using var reader = merge.ExecuteReader();
                    while (reader.Read())
                    {
                        if (reader.GetInt64(0) == 1) created++;
                        else updated++;
                    }
                }
                using (var drop = (SqliteCommand)connection.CreateCommand())
                {
                    drop.Transaction = (SqliteTransaction)transaction;
                    drop.CommandText = "DROP TABLE customers_incoming";
                    drop.ExecuteNonQuery();
                }
                // Repeated ids within the input count as unchanged: only their last row was written.
                var summary = new BulkUpsertSummary(created, updated, rows - created - updated);
                var (audit, job) = await WriteFollowUpAsync(connection, transaction, followUp?.Invoke(summary), clock, cancellationToken).ConfigureAwait(false);
                await CommitAsync(transaction, audit, cancellationToken).ConfigureAwait(false);
                return new Committed<BulkUpsertSummary>(summary, audit, job);
            }
        }
    }

    public override async Task InsertAuditAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken)
    {
        using var insert = new RowCommand<AuditRow>(connection, transaction, AuditRow.InsertSql);
        foreach (var row in rows) await insert.ExecuteAsync(row, cancellationToken).ConfigureAwait(false);
    }

    // SQLITE_ERROR with "no such table": SQLite has no finer code for it.
    public override bool IsMissingTable(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 1 } && exception.Message.Contains("no such table", StringComparison.Ordinal);

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open (and its WAL); release them so the file can be moved or deleted.
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return ValueTask.CompletedTask;
    }
}
