using Interdict.Core.Audit;
using Interdict.Server.Http;
using Interdict.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/audit…</c>: query the append-only, hash-chained audit trail and verify the chain.</summary>
static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/audit").WithTags("Audit");
        group.MapGet("", Query).WithName("Audit")
            .WithSummary("Audit records in sequence order; filters actor, action, subject, from, until, after (sequence); paging offset, limit ≤ 1000")
            .Produces<Contracts.AuditPage>().ProducesValidationProblem();
        group.MapGet("/verify", Verify).WithName("AuditVerify")
            .WithSummary("Verify the hash chain: {\"valid\", \"checked\", \"first_bad_sequence\", \"problem\", \"message\"}")
            .Produces<Contracts.AuditVerification>();
        return routes;
    }

    static async Task<IResult> Query(string? actor, string? action, string? subject, string? from, string? until,
        [FromQuery(Name = "after")] long? afterSequence, int? offset, int? limit, IAuditLog audit, HttpContext http)
    {
        var errors = new QueryParameterErrors();
        var fromInstant = errors.Instant(from, "from");
        var untilInstant = errors.Instant(until, "until");
        errors.Paging(offset, limit, AuditQuery.MaxLimit);
        if (errors.Problem is { } problem) return problem;
        var page = await audit.QueryAsync(new AuditQuery
        {
            Actor = actor,
            Action = action,
            Subject = subject,
            From = fromInstant,
            Until = untilInstant,
            AfterSequence = afterSequence,
            Offset = offset ?? 0,
            Limit = limit ?? 100,
        }, http.RequestAborted).ConfigureAwait(false);
        return PageResult.Of(page, "records", Write);
    }

    static async Task<IResult> Verify(IAuditLog audit, HttpContext http)
    {
        var result = await audit.VerifyAsync(http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new Contracts.AuditVerification(result.IsValid, result.Checked, AlertJson.Snake(result.Problem.ToString()), result.Message,
            result.FirstBadSequence, result.LastHash));
    }

    static void Write(System.Text.Json.Utf8JsonWriter json, AuditRecord record)
    {
        json.WriteStartObject();
        json.WriteNumber("sequence", record.Sequence);
        json.WriteString("at", record.At);
        json.WriteString("actor", record.Actor);
        json.WriteString("action", record.Action);
        json.WriteString("subject", record.Subject);
        json.WritePropertyName("inputs");
        json.WriteRawValue(record.Inputs, skipInputValidation: true);
        json.WritePropertyName("outputs");
        json.WriteRawValue(record.Outputs, skipInputValidation: true);
        json.WriteStartArray("list_versions");
        foreach (var version in record.ListVersions) json.WriteStringValue(version);
        json.WriteEndArray();
        if (record.RulebookVersion is not null) json.WriteString("rulebook_version", record.RulebookVersion);
        json.WriteString("previous_hash", record.PreviousHash);
        json.WriteString("hash", record.Hash);
        json.WriteEndObject();
    }
}
