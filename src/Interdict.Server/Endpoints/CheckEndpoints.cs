using System.Text.Json;
using Interdict.Hosting;
using Interdict.Hosting.Checks;
using Interdict.Rules.Evaluation;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Endpoints;

/// <summary><c>POST /v1/check</c> and <c>POST /v1/check/batch</c>: may we do this trade, on this date, and why?</summary>
static class CheckEndpoints
{
    public static IEndpointRouteBuilder MapChecks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/check").WithTags("Checks");
        group.MapPost("", CheckOne).WithName("Check").WithSummary("Decide one check (CHECK-FORMAT §1) as of its date")
            .WithDescription("The body is one check; the answer is CHECK-FORMAT §2: decision, basis, exemption, cap, party hits, flags, explanation.")
            .Accepts<JsonElement>("application/json").Produces<Contracts.CheckAnswer>().ProducesValidationProblem();
        group.MapPost("/batch", CheckBatch).WithName("CheckBatch").WithSummary("Decide a batch of checks")
            .WithDescription("Body {\"checks\": [...]}, answer {\"answers\": [...]} in order; at most Interdict:Limits:MaxBatchSize checks.")
            .Accepts<JsonElement>("application/json").Produces<Contracts.CheckBatchResult>().ProducesValidationProblem();
        return routes;
    }

    static async Task<IResult> CheckOne(JsonElement check, CheckService checks, HttpContext http)
    {
        if (check.ValueKind != JsonValueKind.Object) return Problems.BadRequest("the body must be one check, a JSON object (CHECK-FORMAT §1)");
        if (!checks.TryEvaluate(check, out var answer, out var error)) return Problems.Field("check", error!);
        await checks.RecordAsync([check], [answer!], http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json => AnswerJson.Write(json, answer!));
    }

    static async Task<IResult> CheckBatch(JsonElement body, CheckService checks, IOptions<InterdictOptions> options, HttpContext http)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("checks", out var list) || list.ValueKind != JsonValueKind.Array)
            return Problems.Field("checks", "the body must be {\"checks\": [...]}");
        var count = list.GetArrayLength();
        if (count == 0) return Problems.Field("checks", "give at least one check");
        var limit = options.Value.Limits.MaxBatchSize;
        if (count > limit) return Problems.Field("checks", $"{count} checks is more than the limit of {limit} per request; split the batch");
        var answers = new List<Answer>(count);
        var errors = new Dictionary<string, string[]>();
        var i = 0;
        foreach (var check in list.EnumerateArray())
        {
            http.RequestAborted.ThrowIfCancellationRequested();
            if (checks.TryEvaluate(check, out var answer, out var error)) answers.Add(answer!);
            else errors[$"checks[{i}]"] = [error!];
            i++;
        }
        if (errors.Count > 0) return Problems.Fields(errors);
        await checks.RecordAsync([.. list.EnumerateArray()], answers, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("answers");
            foreach (var answer in answers) AnswerJson.Write(json, answer);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
