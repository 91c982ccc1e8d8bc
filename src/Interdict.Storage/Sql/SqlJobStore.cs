using Dapper;
using Interdict.Core.Audit;

namespace Interdict.Storage.Sql;

/// <summary>Jobs. Every change is one conditional UPDATE (on the state and the owner), atomic on both providers, so
/// two processes can never both hold a job.</summary>
internal sealed class SqlJobStore(Database database, TimeProvider clock) : IJobStore
{
    const string Pending = nameof(JobState.Pending);
    const string Running = nameof(JobState.Running);

    public async Task<Job> EnqueueAsync(JobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await JobRow.InsertAsync(connection, null, request, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Job?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(
                $"SELECT {JobRow.Columns} FROM jobs WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToJob();
        }
    }

    public async Task<IReadOnlyList<Job>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<JobRow>(new CommandDefinition(
                $"SELECT {JobRow.Columns} FROM jobs WHERE state IN ('{Pending}', '{Running}') ORDER BY id",
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToJob())];
        }
    }

    public async Task<Job?> TryClaimAsync(long id, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var now = Micros.Now(clock);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition($"""
                UPDATE jobs SET state = '{Running}', owner = @owner, lease_until = @until, attempts = attempts + 1, updated_at = @now
                WHERE id = @id AND (state = '{Pending}' OR (state = '{Running}' AND lease_until < @now))
                RETURNING {JobRow.Columns}
                """, new { id, owner, until = now + Micros.Span(lease), now }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToJob();
        }
    }

    public async Task<bool> ProgressAsync(long id, string owner, string progress, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(progress);
        var now = Micros.Now(clock);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(new CommandDefinition($"""
                UPDATE jobs SET progress = @progress, lease_until = @until, updated_at = @now
                WHERE id = @id AND state = '{Running}' AND owner = @owner
                """, new { id, owner, progress, until = now + Micros.Span(lease), now }, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
        }
    }

    public async Task<bool> CompleteAsync(long id, string owner, string result, AuditEntry? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return await FinishAsync(id, owner, JobState.Done, result, null, audit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> FailAsync(long id, string owner, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return await FinishAsync(id, owner, JobState.Failed, null, error, null, cancellationToken).ConfigureAwait(false);
    }

    async Task<bool> FinishAsync(long id, string owner, JobState state, string? result, string? error, AuditEntry? audit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var now = Micros.Now(clock);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var changed = await connection.ExecuteAsync(new CommandDefinition($"""
                    UPDATE jobs SET state = @state, result = @result, error = @error, owner = NULL, lease_until = NULL, updated_at = @now, finished_at = @now
                    WHERE id = @id AND state = '{Running}' AND owner = @owner
                    """, new { id, owner, state = state.ToString(), result, error, now }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (changed != 1) return false;
                var (record, _) = await database.WriteFollowUpAsync(connection, transaction, new FollowUp(audit, null), clock, cancellationToken).ConfigureAwait(false);
                await database.CommitAsync(transaction, record, cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }
}
