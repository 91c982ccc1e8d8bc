using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using Dapper;
using Interdict.Core.Audit;

namespace Interdict.Storage.Sql;

/// <summary>The audit trail with group commit: appends go through a channel to one writer, which takes every
/// waiting append (up to the batch size), seals them in order after the chain's head and commits them in one
/// transaction; each caller's task completes when its batch committed. One commit (one fsync on SQLite, one
/// round trip on PostgreSQL) then serves many requests, and the chain is strictly sequential because only the
/// writer appends and it reads the head under the chain lock inside the same transaction.</summary>
internal sealed class SqlAuditLog : IAuditLog, IAsyncDisposable
{
    readonly Database _database;
    readonly TimeProvider _clock;
    readonly int _batchSize;
    readonly AuditAnchorFile? _anchor;
    readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    readonly Task _writer;

    public SqlAuditLog(Database database, TimeProvider clock, int batchSize, AuditAnchorFile? anchor)
    {
        _database = database;
        _clock = clock;
        _batchSize = batchSize;
        _anchor = anchor;
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(entry, new TaskCompletionSource<AuditRecord>(TaskCreationOptions.RunContinuationsAsynchronously), cancellationToken);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(IAuditLog), "The store is closed.");
        // A caller that stops waiting does not un-write its record: once batched, it is committed like the others.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task<Page<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (query.Actor is { } actor) { where.Append(" AND actor = @Actor"); parameters.Add("Actor", actor); }
        if (query.Action is { } action) { where.Append(" AND action = @Action"); parameters.Add("Action", action); }
        if (query.Subject is { } subject) { where.Append(" AND subject = @Subject"); parameters.Add("Subject", subject); }
        if (query.From is { } from) { where.Append(" AND at >= @From"); parameters.Add("From", Micros.Of(from)); }
        if (query.Until is { } until) { where.Append(" AND at < @Until"); parameters.Add("Until", Micros.Of(until)); }
        if (query.AfterSequence is { } after) { where.Append(" AND sequence > @After"); parameters.Add("After", after); }
        parameters.Add("Limit", (long)query.Limit);
        parameters.Add("Offset", (long)query.Offset);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT count(*) FROM audit_records {where}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
                $"SELECT {AuditRow.Columns} FROM audit_records {where} ORDER BY sequence LIMIT @Limit OFFSET @Offset",
                parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new Page<AuditRecord>([.. rows.Select(r => r.ToRecord())], total, query.Offset, query.Limit);
        }
    }

    public async IAsyncEnumerable<AuditRecord> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {AuditRow.Columns} FROM audit_records ORDER BY sequence";
            command.CommandTimeout = 0;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return new AuditRow
                    {
                        Sequence = reader.GetInt64(0),
                        At = reader.GetInt64(1),
                        Actor = reader.GetString(2),
                        Action = reader.GetString(3),
                        Subject = reader.GetString(4),
                        Inputs = reader.GetString(5),
                        Outputs = reader.GetString(6),
                        ListVersions = reader.GetString(7),
                        RulebookVersion = reader.IsDBNull(8) ? null : reader.GetString(8),
                        PreviousHash = reader.GetString(9),
                        Hash = reader.GetString(10),
                    }.ToRecord();
                }
            }
        }
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => VerifyAsync([], cancellationToken);

    public async Task<AuditVerification> VerifyAsync(IReadOnlyList<AuditAnchor> anchors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var all = _anchor?.ReadHead() is { } head ? [head, .. anchors] : anchors;
        var verifier = new AuditChainVerifier(all);
        try
        {
            await foreach (var record in ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!verifier.Add(record)) break;
            }
        }
        catch (DbException e) when (_database.IsMissingTable(e))
        {
            // A dropped table is the most complete deletion of all: say so plainly, not as a database error.
            var kept = all.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
                $" The chain's head kept outside it was record {all.Max(a => a.Sequence)}.");
            return new AuditVerification(0, AuditProblem.TableMissing, 1,
                "The audit table audit_records is missing: it was dropped." + kept, AuditChain.Genesis);
        }
        return verifier.Result;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(_batchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _batchSize && _queue.Reader.TryRead(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested) pending.Done.TrySetCanceled(pending.CancellationToken);
                else batch.Add(pending);
            }
            if (batch.Count == 0) continue;
            try
            {
                var records = await WriteBatchAsync(batch).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(records[i]);
            }
            catch (Exception e)
            {
                // The transaction rolled back: none of the batch was written, and every caller learns why.
                foreach (var pending in batch) pending.Done.TrySetException(e);
            }
        }
    }

    async Task<AuditRecord[]> WriteBatchAsync(List<Pending> batch)
    {
        // Not cancellable: callers of a batch share its transaction, and one caller giving up must not fail the others.
        var cancellationToken = CancellationToken.None;
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var head = await _database.LockAuditHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                var sequence = head?.Sequence ?? 0;
                var previous = head?.Hash ?? AuditChain.Genesis;
                var records = new AuditRecord[batch.Count];
                var rows = new AuditRow[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    records[i] = AuditChain.Seal(batch[i].Entry, ++sequence, _clock.GetUtcNow(), previous);
                    rows[i] = AuditRow.From(records[i]);
                    previous = records[i].Hash;
                }
                await _database.InsertAuditAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                // After the commit, never before: the anchor must not name a record a rollback took back. A crash in
                // between leaves the anchor one batch behind, which is still a true lower bound.
                _anchor?.Append(records[^1]);
                return records;
            }
        }
    }

    sealed record Pending(AuditEntry Entry, TaskCompletionSource<AuditRecord> Done, CancellationToken CancellationToken);
}
