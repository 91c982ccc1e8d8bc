// The answers of the job endpoints (written by JobEndpoints).
using System.Text.Json;

namespace Interdict.Server.Contracts;

/// <summary>A recorded job: a list update's re-screen, a customer import's screening, a full re-screen.</summary>
/// <param name="Id">The job.</param>
/// <param name="Kind"><c>list.update</c>, <c>customer.import</c> or <c>customer.rescreen</c>.</param>
/// <param name="State">pending, running, done or failed.</param>
/// <param name="Progress">What the running job reported last (in a cluster: the shards finished, of how many).</param>
/// <param name="Result">What it did, once done.</param>
/// <param name="Error">Why it failed for good.</param>
/// <param name="Attempts">Runs so far (a run again after a crash counts).</param>
/// <param name="CreatedBy">Who caused it.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="FinishedAt">When it ended.</param>
sealed record JobResult(long Id, string Kind, string State, JsonElement Progress, JsonElement? Result, string? Error, int Attempts, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

/// <summary>The jobs not finished yet (<c>GET /v1/jobs</c>).</summary>
/// <param name="Jobs">Oldest first.</param>
sealed record JobsResult(JobResult[] Jobs);
