using System.Text.Json;
using Interdict.Server.Http;
using Interdict.Storage;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/jobs…</c>: the recorded jobs' progress and outcome, from any process of the deployment.</summary>
static class JobEndpoints
{
    public static IEndpointRouteBuilder MapJobs(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/jobs").WithTags("Jobs");
        group.MapGet("", Unfinished).WithName("Jobs").WithSummary("The jobs not finished yet (running, or waiting to be resumed), oldest first")
            .Produces<Contracts.JobsResult>();
        group.MapGet("/{id}", Get).WithName("Job").WithSummary("One job: its state, progress (in a cluster: shards finished) and outcome")
            .Produces<Contracts.JobResult>().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    static async Task<IResult> Unfinished(IJobStore jobs, HttpContext http)
    {
        var unfinished = await jobs.UnfinishedAsync(http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new Contracts.JobsResult([.. unfinished.Select(Result)]));
    }

    static async Task<IResult> Get(long id, IJobStore jobs, HttpContext http) =>
        await jobs.FindAsync(id, http.RequestAborted).ConfigureAwait(false) is { } job ? TypedResults.Ok(Result(job)) : Problems.NotFound($"no job {id}");

    static Contracts.JobResult Result(Job job) => new(job.Id, job.Kind, job.State.ToString().ToLowerInvariant(), Json(job.Progress) ?? default,
        Json(job.Result), job.Error, job.Attempts, job.CreatedBy, job.CreatedAt, job.UpdatedAt, job.FinishedAt);

    /// <summary>A job's stored JSON text as JSON; text that does not parse (never written so) is left out.</summary>
    static JsonElement? Json(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
