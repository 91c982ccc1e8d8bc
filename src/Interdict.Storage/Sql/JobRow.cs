using System.Data.Common;
using Dapper;

namespace Interdict.Storage.Sql;

/// <summary>A <c>jobs</c> row.</summary>
internal sealed class JobRow
{
    public const string Columns = "id, kind, input, state, progress, result, error, owner, lease_until, attempts, created_by, created_at, updated_at, finished_at";

    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Input { get; set; } = "";
    public string State { get; set; } = "";
    public string Progress { get; set; } = "";
    public string? Result { get; set; }
    public string? Error { get; set; }
    public string? Owner { get; set; }
    public long? LeaseUntil { get; set; }
    public long Attempts { get; set; }
    public string CreatedBy { get; set; } = "";
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long? FinishedAt { get; set; }

    public Job ToJob() => new(Id, Kind, Input, Enum.Parse<JobState>(State), Progress, Result, Error, Owner, Micros.To(LeaseUntil),
        checked((int)Attempts), CreatedBy, Micros.To(CreatedAt), Micros.To(UpdatedAt), Micros.To(FinishedAt));

    /// <summary>Records <paramref name="request"/> in the open transaction: pending, or running and leased when it
    /// names its owner (the process that runs it right after the commit).</summary>
    public static async Task<Job> InsertAsync(DbConnection connection, DbTransaction? transaction, JobRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Kind, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CreatedBy, nameof(request));
        var now = Micros.Now(clock);
        var owned = request.Owner is not null;
        var row = await connection.QuerySingleAsync<JobRow>(new CommandDefinition($"""
            INSERT INTO jobs (kind, input, state, progress, owner, lease_until, attempts, created_by, created_at, updated_at)
            VALUES (@Kind, @Input, @State, '{"{}"}', @Owner, @LeaseUntil, @Attempts, @CreatedBy, @Now, @Now)
            RETURNING {Columns}
            """,
            new
            {
                request.Kind,
                request.Input,
                State = (owned ? JobState.Running : JobState.Pending).ToString(),
                request.Owner,
                LeaseUntil = owned ? now + Micros.Span(request.Lease) : (long?)null,
                Attempts = owned ? 1L : 0L,
                request.CreatedBy,
                Now = now,
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row.ToJob();
    }
}
