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

    public override async Task<BulkUpsertSummary> BulkUpsertCustomersAsync(IAsyncEnumerable<Customer> customers, long now, CancellationToken cancellationToken)
    {
        long created = 0, updated = 0, unchanged = 0;
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using var command = (SqliteCommand)connection.CreateCommand();
                command.Transaction = (SqliteTransaction)transaction;
                command.CommandText = CustomerRow.UpsertSql;
                var p = CustomerParameters.Add(command);
                p.Now.Value = now;
                command.Prepare();
                await foreach (var customer in customers.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    p.Set(customer);
                    using var reader = command.ExecuteReader();
                    if (!reader.Read()) unchanged++;
                    else if (reader.GetInt64(0) == 1) created++;
                    else updated++;
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return new BulkUpsertSummary(created, updated, unchanged);
    }

    public override async Task InsertAuditAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = AuditInsert.Sql;
        var p = AuditInsert.Add(command);
        command.Prepare();
        foreach (var row in rows)
        {
            p.Set(row);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open (and its WAL); release them so the file can be moved or deleted.
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return ValueTask.CompletedTask;
    }
}
