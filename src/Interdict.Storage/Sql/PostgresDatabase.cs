using System.Data.Common;
using Interdict.Core.Customers;
using Npgsql;
using NpgsqlTypes;

namespace Interdict.Storage.Sql;

/// <summary>PostgreSQL: a pooled data source whose search path is Interdict's schema; advisory transaction locks
/// keep the audit chain and migrations sequential across processes; COPY loads customers in bulk.</summary>
internal sealed class PostgresDatabase : Database
{
    readonly NpgsqlDataSource _dataSource;
    readonly string _schema;

    public PostgresDatabase(string connectionString, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!IsPlainIdentifier(schema))
            throw new ArgumentException($"The PostgreSQL schema name '{schema}' must be lower-case letters, digits and '_', starting with a letter or '_'.", nameof(schema));
        _schema = schema;
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.SearchPath = schema;
        _dataSource = builder.Build();
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"CREATE SCHEMA IF NOT EXISTS \"{_schema}\"");
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Two processes creating the schema at the same instant: the other one won, which is fine.
        }
    }

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, LockName name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("key", (long)name);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<AuditHead?> LockAuditHeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // One round trip for both statements. They stay two statements: under READ COMMITTED each takes its own
        // snapshot, so the head is read after the lock is granted and sees every chain write committed before.
        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1)") { Parameters = { new NpgsqlParameter<long> { TypedValue = (long)LockName.AuditChain } } },
                new NpgsqlBatchCommand(AuditHead.Sql),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new AuditHead { Sequence = reader.GetInt64(0), Hash = reader.GetString(1) }
            : null;
    }

    public override async Task<Committed<BulkUpsertSummary>> BulkUpsertCustomersAsync(IAsyncEnumerable<Customer> customers, long now,
        Func<BulkUpsertSummary, FollowUp?>? followUp, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE customers_incoming (
                ord bigint NOT NULL, id text COLLATE "C" NOT NULL, name text NOT NULL, kind text NOT NULL,
                date_of_birth text NULL, nationality text NULL, country text NULL,
                identifiers text NOT NULL, fingerprint text NOT NULL, owners text NOT NULL) ON COMMIT DROP
            """, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        long rows = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY customers_incoming (ord, id, name, kind, date_of_birth, nationality, country, identifiers, fingerprint, owners) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false))
        {
            await foreach (var customer in customers.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(rows++, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(customer.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(customer.Name, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(customer.Kind.ToString(), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(copy, customer.DateOfBirth?.ToString(), cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(copy, customer.Nationality, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(copy, customer.Country, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(JsonText.Identifiers(customer.Identifiers), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(customer.Fingerprint, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(JsonText.Owners(customer.Owners), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        // One row per id (the last given wins: ON CONFLICT cannot touch a row twice in one statement).
        await using var merge = new NpgsqlCommand("""
            WITH written AS (
                INSERT INTO customers (id, name, kind, date_of_birth, nationality, country, identifiers, fingerprint, owners, revision, created_at, updated_at)
                SELECT DISTINCT ON (id) id, name, kind, date_of_birth, nationality, country, identifiers, fingerprint, owners, 1, @now, @now
                FROM customers_incoming ORDER BY id, ord DESC
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, kind = excluded.kind, date_of_birth = excluded.date_of_birth,
                    nationality = excluded.nationality, country = excluded.country, identifiers = excluded.identifiers,
                    owners = excluded.owners, fingerprint = excluded.fingerprint, revision = customers.revision + 1, updated_at = excluded.updated_at
                WHERE customers.fingerprint <> excluded.fingerprint
                RETURNING revision)
            SELECT count(*) FILTER (WHERE revision = 1), count(*) FILTER (WHERE revision > 1) FROM written
            """, connection, transaction);
        merge.Parameters.AddWithValue("now", now);
        merge.CommandTimeout = 0;
        long created, updated;
        await using (var reader = await merge.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            created = reader.GetInt64(0);
            updated = reader.GetInt64(1);
        }
        // Repeated ids within the input count as unchanged: only their last row was written.
        var summary = new BulkUpsertSummary(created, updated, rows - created - updated);
        var (audit, job) = await WriteFollowUpAsync(connection, transaction, followUp?.Invoke(summary), clock, cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction, audit, cancellationToken).ConfigureAwait(false);
        return new Committed<BulkUpsertSummary>(summary, audit, job);
    }

    public override async Task InsertAuditAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken)
    {
        // One round trip for the whole batch.
        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach (var row in rows)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO audit_records (sequence, at, actor, action, subject, inputs, outputs, list_versions, rulebook_version, previous_hash, hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                """);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = row.Sequence });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = row.At });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Actor });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Action });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Subject });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Inputs });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Outputs });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.ListVersions });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.RulebookVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.PreviousHash });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Hash });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override bool IsMissingTable(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    static bool IsPlainIdentifier(string name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 63 && (char.IsAsciiLetterLower(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
