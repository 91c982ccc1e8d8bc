using System.Data.Common;
using Dapper;
using Interdict.Core.Audit;
using Interdict.Core.Customers;

namespace Interdict.Storage.Sql;

/// <summary>What differs between providers: connections, schema scripts, locking and bulk loading.
/// Everything else is shared SQL that both SQLite and PostgreSQL accept.</summary>
internal abstract class Database : IAsyncDisposable
{
    static Database()
    {
        // Row classes use PascalCase properties for snake_case columns.
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public abstract StorageProvider Provider { get; }

    /// <summary>An open connection (pooled).</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The provider's schema steps.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Prepares what must exist before the migrations table (PostgreSQL: the schema; SQLite: WAL mode).</summary>
    public abstract Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>Begins a write transaction that holds the database's write lock from its first statement
    /// (SQLite: BEGIN IMMEDIATE), so read-then-write sequences cannot interleave.</summary>
    public virtual async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Takes, inside <paramref name="transaction"/>, the lock that serialises a named critical section
    /// across processes (audit chain head, migrations). SQLite's write lock already serialises every writer.</summary>
    public virtual Task LockAsync(DbConnection connection, DbTransaction transaction, LockName name, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Takes the audit chain lock and reads the chain's head (last sequence and hash), inside the transaction.</summary>
    public virtual async Task<AuditHead?> LockAuditHeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await LockAsync(connection, transaction, LockName.AuditChain, cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<AuditHead>(new CommandDefinition(AuditHead.Sql,
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="exception"/> says a table the statement reads does not exist.</summary>
    public abstract bool IsMissingTable(DbException exception);

    /// <summary>The audit anchor file (outside the database), when one is kept: a follow-up's audit record is the
    /// chain's new head once committed, so it is anchored as the audit log's own appends are.</summary>
    public AuditAnchorFile? Anchor { get; set; }

    /// <summary>Commits a transaction that wrote a follow-up, then anchors its audit record — after the commit, never
    /// before: the anchor must not name a record a rollback took back (a crash in between leaves it one record behind,
    /// still a true lower bound).</summary>
    public async Task CommitAsync(DbTransaction transaction, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (audit is not null) Anchor?.Append(audit);
    }

    /// <summary>Commits a write's follow-up inside its transaction: the job, then the audit record sealed after the
    /// chain's head. The chain lock is taken last, so the write holds it only for its final statements and the
    /// group-commit writer (<see cref="SqlAuditLog"/>) waits no longer than that.</summary>
    public async Task<(AuditRecord? Audit, Job? Job)> WriteFollowUpAsync(DbConnection connection, DbTransaction transaction, FollowUp? followUp,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (followUp is null) return (null, null);
        var job = followUp.Job is { } request
            ? await JobRow.InsertAsync(connection, transaction, request, clock, cancellationToken).ConfigureAwait(false)
            : null;
        AuditRecord? record = null;
        if (followUp.Audit is { } entry)
        {
            var head = await LockAuditHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            record = AuditChain.Seal(entry, (head?.Sequence ?? 0) + 1, clock.GetUtcNow(), head?.Hash ?? AuditChain.Genesis);
            await InsertAuditAsync(connection, transaction, [AuditRow.From(record)], cancellationToken).ConfigureAwait(false);
        }
        return (record, job);
    }

    /// <summary>Upserts a stream of customers in one transaction, and commits what <paramref name="followUp"/> makes of
    /// the counts in the same transaction.</summary>
    public abstract Task<Committed<BulkUpsertSummary>> BulkUpsertCustomersAsync(IAsyncEnumerable<Customer> customers, long now,
        Func<BulkUpsertSummary, FollowUp?>? followUp, TimeProvider clock, CancellationToken cancellationToken);

    /// <summary>Inserts sealed audit records in the open transaction.</summary>
    public abstract Task InsertAuditAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
