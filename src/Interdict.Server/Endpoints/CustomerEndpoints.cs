using Interdict.Core.Customers;
using Interdict.Hosting;
using Interdict.Hosting.Customers;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Interdict.Storage;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/customers…</c>: create, update, bulk-import (CSV), get and list customers, and re-screen them all. A
/// new or changed customer is screened at once and its hits raise alerts.</summary>
static class CustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<InterdictOptions>>().Value.Limits;
        var group = routes.MapGroup("/v1/customers").WithTags("Customers");
        group.MapGet("", List).WithName("Customers").WithSummary("Customers in id order, paged (offset, limit ≤ 1000)")
            .Produces<Contracts.CustomerPage>().ProducesValidationProblem();
        group.MapPost("", Create).WithName("CustomerCreate").WithSummary("Create a customer; it is screened at once")
            .Accepts<CustomerInput>("application/json").Produces<Contracts.CustomerChange>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}", Get).WithName("Customer").WithSummary("One customer")
            .Produces<Contracts.Customer>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", Update).WithName("CustomerUpdate").WithSummary("Update a customer; screened again when a screening field changed")
            .Accepts<CustomerInput>("application/json").Produces<Contracts.CustomerChange>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/import", Import).WithName("CustomerImport")
            .WithSummary("Bulk import customers from CSV (columns id,name required; type,dob,nationality,country,imo,bic,owners optional)")
            .Produces<Contracts.CustomerImportResult>().ProducesValidationProblem()
            .WithMetadata(new UploadLimit(limits.MaxUploadBytes)).WithRequestTimeout(limits.ImportTimeout);
        group.MapPost("/rescreen", Rescreen).WithName("CustomerRescreen")
            .WithSummary("Screen every customer again against the lists in force; hits not under review or suppressed raise alerts")
            .Produces<Contracts.CustomerRescreenResult>().WithRequestTimeout(limits.ImportTimeout);
        return routes;
    }

    /// <summary>The most customers one page holds.</summary>
    const int MaxLimit = 1000;

    static async Task<IResult> List(int? offset, int? limit, ICustomerStore customers, HttpContext http)
    {
        var errors = new QueryParameterErrors();
        errors.Paging(offset, limit, MaxLimit);
        if (errors.Problem is { } problem) return problem;
        var page = await customers.ListAsync(offset ?? 0, limit ?? 50, http.RequestAborted).ConfigureAwait(false);
        return PageResult.Of(page, "customers", CustomerJson.Write);
    }

    static async Task<IResult> Get(string id, ICustomerStore customers, HttpContext http) =>
        await customers.FindAsync(id, http.RequestAborted).ConfigureAwait(false) is { } customer
            ? new JsonWriterResult(json => CustomerJson.Write(json, customer))
            : Problems.NotFound($"no customer '{id}'");

    static async Task<IResult> Create(CustomerInput input, CustomerService service, ICustomerStore customers, HttpContext http)
    {
        if (!TryBuild(input, out var customer, out var warnings, out var problem)) return problem!;
        if (await customers.FindAsync(customer!.Id, http.RequestAborted).ConfigureAwait(false) is not null)
            return Problems.Conflict($"a customer '{customer.Id}' exists already; update it with PUT /v1/customers/{customer.Id}");
        var change = await service.UpsertAsync(customer, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return Changed(change, warnings, StatusCodes.Status201Created);
    }

    static async Task<IResult> Update(string id, CustomerInput input, CustomerService service, ICustomerStore customers, HttpContext http)
    {
        if (input.Id is not null && !string.Equals(input.Id, id, StringComparison.Ordinal))
            return Problems.Field("id", $"the body's id '{input.Id}' differs from the id in the path '{id}'");
        if (!TryBuild(input with { Id = id }, out var customer, out var warnings, out var problem)) return problem!;
        if (await customers.FindAsync(id, http.RequestAborted).ConfigureAwait(false) is null)
            return Problems.NotFound($"no customer '{id}'; create it with POST /v1/customers");
        var change = await service.UpsertAsync(customer!, http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return Changed(change, warnings, StatusCodes.Status200OK);
    }

    static async Task<IResult> Import(HttpRequest request, CustomerService service, HttpContext http)
    {
        var path = await Uploads.SaveFirstAsync(request, http.RequestAborted).ConfigureAwait(false);
        if (path is null) return Problems.Field("file", "no CSV was uploaded: send it as multipart/form-data or as the request body (text/csv)");
        try
        {
            var import = await service.ImportCsvAsync(path, http.Actor(), http.RequestAborted).ConfigureAwait(false);
            if (import.Failure is not null) return Problems.Field("file", import.Failure);
            return TypedResults.Ok(new
            {
                created = import.Summary.Created,
                updated = import.Summary.Updated,
                unchanged = import.Summary.Unchanged,
                screened = import.Screened,
                matches = import.Matches,
                alerts_raised = import.Raised.Count,
                bad_rows = import.BadRows,
                bad_row_messages = import.BadRowMessages,
                warnings = import.Warnings,
                warning_messages = import.WarningMessages,
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    static async Task<IResult> Rescreen(CustomerService service, HttpContext http)
    {
        var done = await service.RescreenAllAsync(http.Actor(), http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("customers_scored", done.Screened);
            json.WriteNumber("matches", done.Matches);
            json.WriteStartArray("alerts_raised");
            foreach (var alert in done.Raised) json.WriteNumberValue(alert.Id);
            json.WriteEndArray();
            json.WriteStartArray("list_versions");
            foreach (var version in done.Versions) json.WriteStringValue(version.ToString());
            json.WriteEndArray();
            json.WriteNumber("elapsed_ms", Math.Round(done.Elapsed.TotalMilliseconds));
            json.WriteEndObject();
        });
    }

    /// <summary>Builds the customer; only a missing or bad id or name refuses it (a bad optional field is a warning).</summary>
    static bool TryBuild(CustomerInput input, out Customer? customer, out IReadOnlyDictionary<string, string> warnings, out IResult? problem)
    {
        problem = null;
        if (input.TryBuild(out customer, out var errors, out warnings)) return true;
        problem = Problems.Fields(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        return false;
    }

    static JsonWriterResult Changed(CustomerChange change, IReadOnlyDictionary<string, string> warnings, int created) => new(json =>
    {
        json.WriteStartObject();
        json.WriteString("outcome", change.Upsert.Outcome.ToString().ToLowerInvariant());
        json.WritePropertyName("customer");
        CustomerJson.Write(json, change.Upsert.Customer);
        Hosting.Screening.MatchJson.WriteMatches(json, change.Hits);
        json.WriteStartArray("alerts");
        foreach (var alert in change.Raised) json.WriteNumberValue(alert.Id);
        json.WriteEndArray();
        if (warnings.Count > 0)
        {
            json.WriteStartObject("warnings");
            foreach (var (field, why) in warnings) json.WriteString(field, $"{why}; field ignored");
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }, change.Upsert.Outcome == UpsertOutcome.Created ? created : StatusCodes.Status200OK);
}
