using System.Text.Json;
using Interdict.Hosting;
using Interdict.Hosting.Screening;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Endpoints;

/// <summary><c>POST /v1/screen</c>, <c>POST /v1/screen/batch</c> and <c>POST /v1/screen/text</c>: names, and names inside text, against the lists in force.</summary>
static class ScreeningEndpoints
{
    public static IEndpointRouteBuilder MapScreening(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/screen").WithTags("Screening");
        group.MapPost("", ScreenOne).WithName("Screen").WithSummary("Screen one name")
            .WithDescription("Returns {\"matches\": [...]} in the CLI's match shape, best first, with the list versions used.")
            .Accepts<ScreenRequest>("application/json").Produces<Contracts.ScreenResult>().ProducesValidationProblem();
        group.MapPost("/batch", ScreenBatch).WithName("ScreenBatch").WithSummary("Screen a batch of names")
            .WithDescription("Returns {\"results\": [{\"id\", \"matches\"}]} in the order of the queries; at most Interdict:Limits:MaxBatchSize queries.")
            .Accepts<ScreenBatchRequest>("application/json").Produces<Contracts.ScreenBatchResult>().ProducesValidationProblem();
        group.MapPost("/text", ScreenText).WithName("ScreenText").WithSummary("Find every listed name inside a text")
            .WithDescription("Returns {\"matches\": [...]} in the order written: each match in the screen answer's shape with the name's span in the text (start, length: UTF-16 code units) and matched_text.")
            .Accepts<ScreenTextRequest>("application/json").Produces<Contracts.ScreenTextResult>().ProducesValidationProblem();
        return routes;
    }

    static async Task<IResult> ScreenText(ScreenTextRequest request, ScreeningService screening, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Text)) errors["text"] = ["a text is required"];
        // The same reader as a name query, for the same fields under the same names and rules.
        var fields = new ScreenRequest(null, "text", null, null, null, request.Lists, request.MinScore, request.AsOf);
        ScreenRequestReader.TryRead(fields, "", screening, errors, out _, out var options);
        if (errors.Remove("threshold", out var threshold)) errors["min_score"] = threshold;
        if (errors.Count > 0) return Problems.Fields(errors);
        var outcome = await screening.ScreenTextAsync(request.Text!, options!, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json =>
        {
            json.WriteStartObject();
            MatchJson.WriteTextMatches(json, outcome.Hits);
            json.WriteStartArray("list_versions");
            foreach (var version in outcome.Versions) json.WriteStringValue(version.ToString());
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    static async Task<IResult> ScreenOne(ScreenRequest request, ScreeningService screening, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Id is not null) errors["id"] = ["id belongs to batch queries; POST /v1/screen takes one query without it"];
        if (!ScreenRequestReader.TryRead(request, "", screening, errors, out var query, out var options) || errors.Count > 0) return Problems.Fields(errors);
        var outcome = await screening.ScreenAsync(query!, options!, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json =>
        {
            json.WriteStartObject();
            MatchJson.WriteMatches(json, outcome.Hits);
            WriteVersions(json, outcome);
            json.WriteEndObject();
        });
    }

    static async Task<IResult> ScreenBatch(ScreenBatchRequest request, ScreeningService screening, IOptions<InterdictOptions> options, HttpContext http)
    {
        var queries = request.Queries;
        if (queries is null || queries.Length == 0) return Problems.Field("queries", "give at least one query");
        var limit = options.Value.Limits.MaxBatchSize;
        if (queries.Length > limit) return Problems.Field("queries", $"{queries.Length} queries is more than the limit of {limit} per request; split the batch");
        var errors = new Dictionary<string, string[]>();
        var parsed = new List<(string, Core.Screening.PartyQuery, Matching.Screening.ScreeningOptions)>(queries.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < queries.Length; i++)
        {
            var prefix = $"queries[{i}].";
            var item = queries[i];
            if (item is null)
            {
                errors[$"queries[{i}]"] = ["a query object is required"];
                continue;
            }
            if (string.IsNullOrWhiteSpace(item.Id)) errors[prefix + "id"] = ["an id is required"];
            else if (!ids.Add(item.Id)) errors[prefix + "id"] = [$"the id '{item.Id}' is used twice"];
            if (ScreenRequestReader.TryRead(item, prefix, screening, errors, out var query, out var screeningOptions)) parsed.Add((item.Id!, query!, screeningOptions!));
        }
        if (errors.Count > 0) return Problems.Fields(errors);
        var outcomes = await screening.ScreenBatchAsync(parsed, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("results");
            for (var i = 0; i < outcomes.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", queries[i].Id);
                MatchJson.WriteMatches(json, outcomes[i].Hits);
                WriteVersions(json, outcomes[i]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    static void WriteVersions(Utf8JsonWriter json, ScreeningOutcome outcome)
    {
        json.WriteStartArray("list_versions");
        foreach (var version in outcome.Versions) json.WriteStringValue(version.ToString());
        json.WriteEndArray();
        if (outcome.NotInForce.Count == 0) return;
        json.WriteStartArray("lists_not_in_force");
        foreach (var list in outcome.NotInForce) json.WriteStringValue(list);
        json.WriteEndArray();
    }
}
