using System.Globalization;
using System.Security.Cryptography;
using Interdict.Hosting;
using Interdict.Hosting.Screening;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/batches…</c>: a batch file (the CSV of <c>screen --input</c>) screened across the cluster in the
/// background: stored in chunks that every silo screens, its progress read from any silo, its output streamed in
/// input order — byte for byte what <c>screen --input FILE --output FILE</c> writes. In a single process the
/// endpoints answer 501, saying that batch files need cluster mode (docs/api.md says why).</summary>
static class BatchEndpoints
{
    /// <summary>The output formats by name, as the CLI's <c>--format</c> names them.</summary>
    static readonly (string Name, BatchFormat Format, string ContentType, string Extension)[] Formats =
    [
        ("jsonl", BatchFormat.JsonLines, "application/x-ndjson", ".jsonl"),
        ("json", BatchFormat.Json, "application/json", ".json"),
        ("csv", BatchFormat.Csv, "text/csv; charset=utf-8", ".csv"),
    ];

    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<InterdictOptions>>().Value.Limits;
        var group = routes.MapGroup("/v1/batches").WithTags("Batches");
        group.MapPost("", Submit).WithName("BatchSubmit")
            .WithSummary("Screen a batch file across the cluster: CSV (id,name required; type,dob,nationality optional) as multipart/form-data or the raw body")
            .WithDescription("Query: format (jsonl, json, csv), threshold, lists, as_of, name. Answers 202 with Location /v1/batches/{id}; a file that cannot be read as CSV is 400 naming its lines, with nothing stored.")
            .Produces<Contracts.BatchResult>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status501NotImplemented)
            .WithMetadata(new UploadLimit(limits.MaxBatchFileBytes)).WithRequestTimeout(limits.ImportTimeout);
        group.MapGet("/{id}", Get).WithName("Batch").WithSummary("One batch: state, rows and chunks done, counts, list versions")
            .Produces<Contracts.BatchResult>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status501NotImplemented);
        group.MapGet("/{id}/output", Output).WithName("BatchOutput").WithSummary("A finished batch's output, in input order, streamed")
            .WithDescription("The bytes `screen --input FILE --output FILE` writes for the same file and settings: JSON Lines, a JSON document or CSV. 409 while the batch is not finished.")
            .Produces<Contracts.BatchOutputRow>(StatusCodes.Status200OK, "application/x-ndjson", "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status501NotImplemented).WithRequestTimeout(limits.ImportTimeout);
        group.MapDelete("/{id}", Remove).WithName("BatchRemove").WithSummary("Drop a batch's stored rows and output (its record stays, as collected); an unfinished one stops")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status501NotImplemented);
        return routes;
    }

    static async Task<IResult> Submit(HttpRequest request, string? format, double? threshold, string? lists, [FromQuery(Name = "as_of")] string? asOf,
        [FromServices] IBatchFiles? files, ScreeningService screening, HttpContext http)
    {
        if (files is null) return SingleProcess();
        var errors = new Dictionary<string, string[]>();
        var chosen = Formats.FirstOrDefault(f => string.Equals(f.Name, format ?? "jsonl", StringComparison.OrdinalIgnoreCase));
        if (chosen.Name is null) errors["format"] = [$"'{format}' is not an output format: jsonl, json or csv"];
        // The same reader as a name query, for the same options under the same names and rules.
        var fields = new ScreenRequest(null, "batch", null, null, null, lists?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), threshold, asOf);
        ScreenRequestReader.TryRead(fields, "", screening, errors, out _, out var options);
        if (errors.Count > 0) return Problems.Fields(errors);
        var upload = await Uploads.SaveFirstNamedAsync(request, "batch.csv", http.RequestAborted).ConfigureAwait(false);
        if (upload is not { } saved) return Problems.Field("file", "no CSV was uploaded: send it as multipart/form-data or as the request body (text/csv)");
        try
        {
            var batch = await files.SubmitAsync(new BatchFileSubmission(saved.Path, saved.Name, chosen.Format, options!), http.RequestAborted).ConfigureAwait(false);
            await screening.RecordBatchSubmitAsync(batch, http.Actor(), http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Accepted(Location(batch.Id), Result(batch));
        }
        catch (BatchInputException e)
        {
            return Problems.Field("file", e.Message);
        }
        finally
        {
            File.Delete(saved.Path);
        }
    }

    static async Task<IResult> Get(long id, [FromServices] IBatchFiles? files, HttpContext http)
    {
        if (files is null) return SingleProcess();
        return await files.FindAsync(id, http.RequestAborted).ConfigureAwait(false) is { } batch ? TypedResults.Ok(Result(batch)) : Unknown(id);
    }

    static async Task<IResult> Output(long id, [FromServices] IBatchFiles? files, ScreeningService screening, HttpContext http)
    {
        if (files is null) return SingleProcess();
        if (await files.FindAsync(id, http.RequestAborted).ConfigureAwait(false) is not { } batch) return Unknown(id);
        switch (batch.Phase)
        {
            case "collected":
                return TypedResults.Problem($"batch {id}'s output is no longer stored: it was removed (DELETE {Location(id)}), or written to its file by `screen --cluster`",
                    statusCode: StatusCodes.Status410Gone, title: "Gone");
            case not "done":
                return Problems.Conflict(string.Create(CultureInfo.InvariantCulture,
                    $"batch {id} is {batch.Phase}: {batch.ChunksDone} of {(batch.Chunks is { } chunks ? chunks.ToString(CultureInfo.InvariantCulture) : "?")} chunks screened; GET {Location(id)} shows its progress, and its output is here once it is done"));
        }
        var format = Formats.First(f => f.Format == batch.Format);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType;
        var outputName = string.Create(CultureInfo.InvariantCulture, $"batch-{id}{format.Extension}");
        response.Headers.ContentDisposition = $"attachment; filename=\"{outputName}\"";
        using var sha = SHA256.Create();
        // Hashed as it streams: the audit record fingerprints the bytes sent. It is committed before the answer ends, so
        // an output whose record failed is cut short (the client sees an incomplete answer), never delivered unrecorded.
        await using (var hashing = new CryptoStream(response.Body, sha, CryptoStreamMode.Write, leaveOpen: true))
        {
            await files.WriteOutputAsync(id, hashing, http.RequestAborted).ConfigureAwait(false);
            await hashing.FlushFinalBlockAsync(http.RequestAborted).ConfigureAwait(false);
        }
        var counts = batch.Counts;
        var run = new ScreenedFile(batch.InputName, batch.InputSha256 ?? "", outputName, Convert.ToHexStringLower(sha.Hash!), counts.Screened, counts.WithMatches, counts.BadRows);
        await screening.RecordFileAsync(run, batch.Options, batch.Versions, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
    }

    static async Task<IResult> Remove(long id, [FromServices] IBatchFiles? files, ScreeningService screening, HttpContext http)
    {
        if (files is null) return SingleProcess();
        if (await files.FindAsync(id, http.RequestAborted).ConfigureAwait(false) is not { } batch || !await files.RemoveAsync(id, http.RequestAborted).ConfigureAwait(false))
            return Unknown(id);
        await screening.RecordBatchRemoveAsync(batch, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    static string Location(long id) => string.Create(CultureInfo.InvariantCulture, $"/v1/batches/{id}");

    static IResult Unknown(long id) => Problems.NotFound(string.Create(CultureInfo.InvariantCulture, $"no batch {id}"));

    /// <summary>The answer of a single process: batch files are screened by a cluster's silos (docs/api.md, "Batch files").</summary>
    static IResult SingleProcess() => TypedResults.Problem(
        "batch files are screened across a cluster, and this server runs as a single process: start the service with `interdict serve --cluster` "
        + "(PostgreSQL; docs/architecture.md), or screen the file with `interdict screen --input FILE --output FILE`, which writes the same output",
        statusCode: StatusCodes.Status501NotImplemented, title: "Batch files need cluster mode");

    static Contracts.BatchResult Result(BatchFileState batch) => new(batch.Id, batch.Phase, batch.InputName, batch.InputSha256,
        Formats.First(f => f.Format == batch.Format).Name, batch.Options.Threshold, [.. batch.Options.Lists],
        batch.Options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [.. batch.Versions], batch.Rows, batch.RowsDone, batch.Chunks,
        batch.ChunksDone, batch.Silos, batch.Counts.Screened, batch.Counts.WithMatches, batch.Counts.BadRows, batch.Counts.Warnings, [.. batch.Reports],
        batch.CreatedAt, batch.FinishedAt, batch.Phase == "done" ? Location(batch.Id) + "/output" : null);
}
