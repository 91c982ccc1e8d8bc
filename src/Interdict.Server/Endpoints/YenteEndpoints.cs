using System.Text.Json;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Hosting;
using Interdict.Hosting.Lists;
using Interdict.Hosting.Screening;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Interdict.Server.Yente;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Endpoints;

/// <summary>A drop-in for clients of OpenSanctions' yente: <c>POST /match/{dataset}</c>, <c>GET /search/{dataset}</c>
/// and <c>GET /entities/{id}</c> take yente's requests and answer in its shapes (FtM entities with <c>score</c>,
/// <c>match</c>, <c>features</c>), screened by Interdict's own matcher against the lists loaded. What is and is not
/// supported, and why, is docs/api.md, "yente-compatible endpoints".</summary>
static class YenteEndpoints
{
    /// <summary>yente's default number of results per query of <c>/match</c> (its <c>MATCH_PAGE</c>).</summary>
    const int MatchPage = 5;

    /// <summary>yente's most results per query of <c>/match</c> and per page of <c>/search</c> (<c>MAX_MATCHES</c>, <c>MAX_PAGE</c>).</summary>
    const int MaxPage = 500;

    /// <summary>yente's deepest page of <c>/search</c> (<c>MAX_RESULTS - MAX_PAGE</c>).</summary>
    const int MaxOffset = 9499;

    /// <summary>The least score a search result needs. A search box shows what is near a name, so it reaches lower than
    /// the threshold that decides a match (<see cref="ScreeningOptions.DefaultThreshold"/>).</summary>
    const double SearchThreshold = 0.70;

    /// <summary>The algorithm names yente knows; every one is answered by Interdict's matcher (there is one).</summary>
    static readonly string[] Algorithms = ["best", "default", "interdict", "logic-v1", "logic-v2", "name-based", "name-qualified", "regression-v1", "regression-v2", "regression-v3", "regression-v4"];

    /// <summary>Every party Interdict serves is a sanctions target: the one FtM topic its entities carry.</summary>
    const string SanctionTopic = "sanction";

    public static IEndpointRouteBuilder MapYente(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/match/{dataset}", Match).WithName("YenteMatch").WithTags("yente")
            .WithSummary("yente's query-by-example matcher: FtM example entities in, scored FtM entities out")
            .WithDescription("The request and answer of yente's POST /match/{dataset} ({\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {...}}}} in; "
                + "{\"responses\": {\"q1\": {\"status\", \"results\", \"total\", \"query\"}}, \"limit\"} out), screened by Interdict's matcher. docs/api.md, \"yente-compatible endpoints\".")
            .Accepts<JsonElement>("application/json").Produces<JsonElement>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        routes.MapGet("/search/{dataset}", Search).WithName("YenteSearch").WithTags("yente")
            .WithSummary("yente's simple entity search: a name in, FtM entities out, with facets")
            .WithDescription("yente's GET /search/{dataset} (q, schema, countries, topics, datasets, include_dataset, exclude_dataset, limit, offset, facets). docs/api.md, \"yente-compatible endpoints\".")
            .Produces<JsonElement>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        routes.MapGet("/entities/{id}", Entity).WithName("YenteEntity").WithTags("yente")
            .WithSummary("yente's entity: one listed party as an FtM entity, its sanctions and links nested")
            .WithDescription("Ids are those /match and /search answer (un-KPi.033): stable across list versions. docs/api.md, \"yente-compatible endpoints\".")
            .Produces<JsonElement>().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    static async Task<IResult> Match(string dataset, HttpRequest request, ScreeningService screening, ListHost lists, IOptions<InterdictOptions> options, HttpContext http)
    {
        var state = lists.Current;
        if (YenteDatasets.Resolve(dataset, state.Sources) is not { } datasetLists) return NoSuchDataset(dataset, state);
        var parameters = new YenteParameters(request.Query);
        var limit = parameters.Int("limit", MatchPage, 0, MaxPage);
        var threshold = parameters.Score("threshold", ScreeningOptions.DefaultThreshold);
        var cutoff = parameters.Score("cutoff", threshold);
        var changedSince = parameters.Time("changed_since");
        parameters.Bool("fuzzy");
        if (parameters.Errors.Count > 0) return Invalid(string.Join("; ", parameters.Errors));
        var algorithm = parameters.Text("algorithm") ?? "best";
        if (!Algorithms.Contains(algorithm, StringComparer.Ordinal))
            return Problems.BadRequest($"Invalid algorithm: '{QueryFields.Shorten(algorithm)}' (known: {string.Join(", ", Algorithms)}; each is answered by Interdict's matcher)");

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, default, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            return Invalid($"body: not JSON ({exception.Message})");
        }
        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Object)
                return Invalid("queries: field required (an object of query keys to example entities)");
            foreach (var unsupported in new[] { "weights", "config" })
            {
                if (root.TryGetProperty(unsupported, out var value) && value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any())
                {
                    return Problems.BadRequest($"Invalid configuration parameter: {unsupported}.{value.EnumerateObject().First().Name}: Interdict's matcher has no {unsupported} to set (its scoring is docs/matching.md)");
                }
            }
            var examples = new List<(string Key, YenteExample Example)>();
            foreach (var query in queries.EnumerateObject())
            {
                if (query.Value.ValueKind == JsonValueKind.Null) continue;
                if (!YenteExample.TryRead(query.Name, query.Value, out var example, out var error))
                {
                    return error!.Value.Status == 422 ? Invalid(error.Value.Detail) : Problems.BadRequest(error.Value.Detail);
                }
                examples.Add((query.Name, example!));
            }
            if (examples.Count == 0) return Problems.BadRequest("No queries provided.");
            var maxBatch = options.Value.Limits.MaxBatchSize;
            var batch = new List<(string Id, PartyQuery Query, ScreeningOptions Options)>();
            var selected = YenteDatasets.Select(datasetLists, parameters.List("include_dataset"), parameters.List("exclude_dataset"), state.Sources);
            var screeningOptions = new ScreeningOptions { Threshold = Math.Min(cutoff, threshold), MaxHits = MaxPage, Lists = selected };
            foreach (var (key, example) in examples)
            {
                foreach (var query in example.Queries()) batch.Add((key, query, screeningOptions));
            }
            if (batch.Count > maxBatch)
                return Problems.BadRequest($"Too many queries in one batch: {batch.Count} names and dates of birth to screen (limit: {maxBatch}); split the batch");

            // Nothing left to search (an include_dataset that names no loaded list): no results, never every list.
            var outcomes = selected.Count == 0 ? [] : await screening.ScreenBatchAsync(batch, http.Actor(), http.RequestAborted).ConfigureAwait(false);
            var filter = new ResultFilter(parameters.List("exclude_schema"), parameters.List("topics"), changedSince, parameters.List("exclude_entity_ids"));
            var results = new Dictionary<string, List<ScreeningHit>>(StringComparer.Ordinal);
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (!results.TryGetValue(batch[i].Id, out var best)) results[batch[i].Id] = best = [];
                foreach (var hit in outcomes[i].Hits)
                {
                    var index = best.FindIndex(h => h.Entry.Key == hit.Entry.Key);
                    if (index < 0) best.Add(hit);
                    else if (hit.Score > best[index].Score) best[index] = hit;
                }
            }
            http.Response.Headers["x-batch-size"] = examples.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new JsonWriterResult(json =>
            {
                json.WriteStartObject();
                json.WriteStartObject("responses");
                foreach (var (key, example) in examples)
                {
                    var hits = (results.GetValueOrDefault(key) ?? []).Where(h => filter.Keeps(h.Entry))
                        .OrderByDescending(h => h.Score).ThenBy(h => h.Entry.Key, StringComparer.Ordinal).ToList();
                    json.WriteStartObject(key);
                    json.WriteNumber("status", 200);
                    json.WriteStartArray("results");
                    foreach (var hit in hits.Take(limit)) WriteScored(json, hit, threshold);
                    json.WriteEndArray();
                    WriteTotal(json, hits.Count);
                    json.WritePropertyName("query");
                    example.WriteTo(json);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                WriteMatcher(json);
                json.WriteNumber("limit", limit);
                json.WriteEndObject();
            });
        }
    }

    static async Task<IResult> Search(string dataset, HttpRequest request, ScreeningService screening, ListHost lists, HttpContext http)
    {
        var state = lists.Current;
        if (YenteDatasets.Resolve(dataset, state.Sources) is not { } datasetLists) return NoSuchDataset(dataset, state);
        var parameters = new YenteParameters(request.Query);
        var limit = parameters.Int("limit", 10, 0, MaxPage);
        var offset = parameters.Int("offset", 0, 0, MaxOffset);
        var changedSince = parameters.Time("changed_since");
        var target = parameters.Bool("target");
        parameters.Bool("fuzzy");
        parameters.Bool("simple");
        if (parameters.Errors.Count > 0) return Invalid(string.Join("; ", parameters.Errors));
        var schema = parameters.Text("schema") ?? "Thing";
        if (!YenteExample.PartySchemas.ContainsKey(schema) && !YenteExample.OtherSchemas.Contains(schema)) return Problems.BadRequest($"Invalid schema: '{QueryFields.Shorten(schema)}'");
        var text = parameters.Text("q");
        if (text is not null && !QueryFields.TryParseName(text, out _, out var nameError)) return Problems.BadRequest($"q: {nameError}");
        var countries = parameters.List("countries").Select(c => FtmExport.CountryCode(c) ?? c.ToLowerInvariant()).ToArray();
        var allCountries = string.Equals(parameters.Text("filter_op"), "AND", StringComparison.OrdinalIgnoreCase);
        var selected = YenteDatasets.Select(datasetLists, [.. parameters.List("include_dataset"), .. parameters.List("datasets")], parameters.List("exclude_dataset"), state.Sources);
        var filter = new ResultFilter(parameters.List("exclude_schema"), parameters.List("topics"), changedSince, []);

        bool Keeps(ListEntry entry)
        {
            if (!SchemaHolds(schema, entry.Kind) || !filter.Keeps(entry) || target == false) return false;
            if (countries.Length == 0) return true;
            var of = YenteEntities.CountriesOf(entry).ToHashSet(StringComparer.Ordinal);
            return allCountries ? countries.All(of.Contains) : countries.Any(of.Contains);
        }

        var found = new List<(ListEntry Entry, ListVersion Version)>();
        if (selected.Count > 0 && text is not null)
        {
            var kind = YenteExample.PartySchemas.GetValueOrDefault(schema);
            var options = new ScreeningOptions { Threshold = SearchThreshold, MaxHits = MaxOffset + MaxPage, Lists = selected };
            var outcome = await screening.ScreenAsync(new PartyQuery(text, kind), options, http.Actor(), http.RequestAborted).ConfigureAwait(false);
            found.AddRange(outcome.Hits.Select(h => (h.Entry, h.Version)));
        }
        else if (text is null)
        {
            // No text: every party of the lists, in the lists' order, as yente browses its index.
            foreach (var list in selected)
            {
                if ((state.FindInForce(list) ?? state.FindNewest(list))?.Snapshot is { } snapshot) found.AddRange(snapshot.Entries.Select(e => (e, snapshot.Version)));
            }
        }
        found.RemoveAll(f => !Keeps(f.Entry));
        var facets = parameters.List("facets") is { Length: > 0 } asked ? asked : ["countries", "topics", "datasets"];
        return new JsonWriterResult(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("results");
            foreach (var (entry, version) in found.Skip(offset).Take(limit)) FtmExport.Party(entry, version).WriteTo(json);
            json.WriteEndArray();
            json.WriteStartObject("facets");
            foreach (var facet in facets) WriteFacet(json, facet, found);
            json.WriteEndObject();
            WriteTotal(json, found.Count);
            json.WriteNumber("limit", limit);
            json.WriteNumber("offset", offset);
            json.WriteEndObject();
        });
    }

    static IResult Entity(string id, HttpRequest request, ListHost lists)
    {
        var parameters = new YenteParameters(request.Query);
        var nested = parameters.Bool("nested") ?? true;
        if (parameters.Errors.Count > 0) return Invalid(string.Join("; ", parameters.Errors));
        if (YenteEntities.Find(lists.Current, id) is not var (entry, snapshot))
            return Problems.NotFound($"No such entity! '{QueryFields.Shorten(id)}' is not the id of a party on a loaded list (ids are {{list}}-{{reference}}, such as un-KPi.033)");
        if (!nested) return new JsonWriterResult(json => FtmExport.Party(entry, snapshot.Version).WriteTo(json));
        var (party, lookup) = YenteEntities.WithAdjacent(entry, snapshot);
        return new JsonWriterResult(json => party.WriteTo(json, lookup));
    }

    /// <summary>A hit as yente's <c>ScoredEntityResponse</c>: the entity, then <c>score</c>, <c>features</c> (each
    /// feature's contribution, yente 3 and 4), <c>explanations</c> (the same with its reason, yente 5) and <c>match</c>.</summary>
    static void WriteScored(Utf8JsonWriter json, ScreeningHit hit, double threshold)
    {
        FtmExport.Party(hit.Entry, hit.Version).WriteTo(json, more: json =>
        {
            var explanation = hit.Explanation;
            json.WriteNumber("score", Math.Round(hit.Score, 4));
            json.WriteStartObject("features");
            json.WriteNumber("name", Math.Round(explanation.NameScore, 4));
            foreach (var evidence in explanation.Evidence) json.WriteNumber(evidence.Attribute, Math.Round(evidence.Effect, 4));
            json.WriteEndObject();
            json.WriteStartObject("explanations");
            json.WriteStartObject("name");
            json.WriteNumber("score", Math.Round(explanation.NameScore, 4));
            json.WriteString("detail", explanation.Summary);
            json.WriteString("query", explanation.QueryReadAs);
            json.WriteString("candidate", explanation.MatchedName);
            json.WriteEndObject();
            foreach (var evidence in explanation.Evidence)
            {
                json.WriteStartObject(evidence.Attribute);
                json.WriteNumber("score", Math.Round(evidence.Effect, 4));
                json.WriteString("detail", $"{evidence.Attribute} {evidence.Outcome.ToString().ToLowerInvariant()}");
                json.WriteString("query", evidence.Query);
                json.WriteString("candidate", evidence.Listed);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteBoolean("match", hit.Score >= threshold);
        });
    }

    /// <summary>yente 3 and 4 answer <c>matcher</c>, the algorithm's features: clients built on those models need it.</summary>
    static void WriteMatcher(Utf8JsonWriter json)
    {
        json.WriteStartObject("matcher");
        foreach (var (name, description) in new[]
        {
            ("name", "How close the names are (0..1), after transliteration and Korean, Chinese and Arabic name variants"),
            ("date_of_birth", "What the dates of birth added to or took from the name's score"),
            ("nationality", "What the nationalities or countries added to or took from the name's score"),
            ("identifier", "An identical IMO, BIC or document number: decisive"),
        })
        {
            json.WriteStartObject(name);
            json.WriteString("description", description);
            json.WriteNumber("coefficient", 1.0);
            json.WriteString("url", "docs/matching.md");
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    static void WriteTotal(Utf8JsonWriter json, int count)
    {
        json.WriteStartObject("total");
        json.WriteNumber("value", count);
        json.WriteString("relation", "eq");
        json.WriteEndObject();
    }

    /// <summary>One facet of the results found (all pages): <c>countries</c>, <c>topics</c>, <c>datasets</c> or <c>schema</c>,
    /// each value with its count, most frequent first. A facet yente does not have is left out.</summary>
    static void WriteFacet(Utf8JsonWriter json, string facet, List<(ListEntry Entry, ListVersion Version)> found)
    {
        Func<ListEntry, IEnumerable<string>>? values = facet switch
        {
            "countries" => YenteEntities.CountriesOf,
            "topics" => _ => [SanctionTopic],
            "datasets" => e => [FtmExport.DatasetName(e.Source)],
            "schema" => e => [FtmExport.Schema(e.Kind)],
            _ => null,
        };
        if (values is null) return;
        json.WriteStartObject(facet);
        json.WriteString("label", facet switch { "countries" => "Countries", "topics" => "Topics", "datasets" => "Data sources", _ => "Entity types" });
        json.WriteStartArray("values");
        foreach (var group in found.SelectMany(f => values(f.Entry)).GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", group.Key);
            json.WriteString("label", facet == "topics" ? "Sanctioned entity" : facet == "countries" ? group.Key.ToUpperInvariant() : group.Key);
            json.WriteNumber("count", group.Count());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>True when a search's <c>schema</c> takes a party of this kind: FtM's hierarchy, except that
    /// <c>Company</c> takes organisations too (the lists do not tell companies from other organisations).</summary>
    static bool SchemaHolds(string schema, PartyKind kind) => schema switch
    {
        "Thing" => true,
        "LegalEntity" => kind is PartyKind.Person or PartyKind.Organization,
        "Person" => kind == PartyKind.Person,
        "Organization" or "Company" or "PublicBody" => kind == PartyKind.Organization,
        "Vessel" => kind == PartyKind.Vessel,
        "Airplane" => kind == PartyKind.Aircraft,
        _ => false,
    };

    static IResult NoSuchDataset(string dataset, ListState state) =>
        Problems.NotFound($"No such dataset. '{QueryFields.Shorten(dataset)}' is not a loaded list (datasets: {YenteDatasets.Known(state.Sources)})");

    /// <summary>422, as FastAPI answers a request that does not have the declared shape; ProblemDetails, whose
    /// <c>detail</c> is what yente's clients read from its <c>{"detail": ...}</c>.</summary>
    static IResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request is not valid");

    /// <summary>The filters yente applies to results: <c>exclude_schema</c>, <c>topics</c> (every party here is a
    /// sanctions target), <c>changed_since</c> and <c>exclude_entity_ids</c>.</summary>
    sealed class ResultFilter(string[] excludeSchema, string[] topics, DateTime? changedSince, string[] excludeIds)
    {
        public bool Keeps(ListEntry entry)
        {
            if (excludeSchema.Contains(FtmExport.Schema(entry.Kind), StringComparer.Ordinal)) return false;
            if (topics.Length > 0 && !topics.Contains(SanctionTopic, StringComparer.Ordinal)) return false;
            if (excludeIds.Contains(FtmExport.EntityId(entry.Source, entry.Reference), StringComparer.Ordinal)) return false;
            if (changedSince is { } since)
            {
                var changed = entry.Updated.Length > 0 ? entry.Updated[^1] : entry.ListedOn;
                if (changed is not { } day || day.ToDateTime(TimeOnly.MinValue) < since) return false;
            }
            return true;
        }
    }
}
