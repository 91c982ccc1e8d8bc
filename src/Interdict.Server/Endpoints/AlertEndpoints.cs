using Interdict.Core.Alerts;
using Interdict.Hosting.Alerts;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Interdict.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/alerts…</c>: the alert queue with filters, one alert with its history, and the four-eyes decisions
/// (an analyst proposes; a supervisor other than the proposer confirms or rejects).</summary>
static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/alerts").WithTags("Alerts");
        group.MapGet("", List).WithName("Alerts")
            .WithSummary("Alerts, newest first; filters state, list, customer_id, min_score, max_score, created_from, created_before; paging offset, limit ≤ 1000")
            .Produces<Contracts.AlertPage>().ProducesValidationProblem();
        group.MapGet("/{id}", Get).WithName("Alert").WithSummary("One alert with its match explanation and history")
            .Produces<Contracts.Alert>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/propose", Propose).WithName("AlertPropose").WithSummary("Propose true_match or false_positive, with a reason")
            .Accepts<DecisionRequest>("application/json").Produces<Contracts.Alert>().ProducesDecisionProblems();
        group.MapPost("/{id}/confirm", Confirm).WithName("AlertConfirm").WithSummary("Confirm the proposal (not by its proposer)")
            .Accepts<DecisionRequest>("application/json").Produces<Contracts.Alert>().ProducesDecisionProblems();
        group.MapPost("/{id}/reject", Reject).WithName("AlertReject").WithSummary("Reject the proposal: the alert is open again (not by its proposer)")
            .Accepts<DecisionRequest>("application/json").Produces<Contracts.Alert>().ProducesDecisionProblems();
        return routes;
    }

    /// <summary>A decision can be malformed (400), about no alert (404), or not allowed in the alert's state or by this
    /// person (409: a supervisor confirming their own proposal).</summary>
    static RouteHandlerBuilder ProducesDecisionProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    static async Task<IResult> List(string? state, string? list, [FromQuery(Name = "customer_id")] string? customerId,
        [FromQuery(Name = "min_score")] double? minScore, [FromQuery(Name = "max_score")] double? maxScore,
        [FromQuery(Name = "created_from")] string? createdFrom, [FromQuery(Name = "created_before")] string? createdBefore,
        int? offset, int? limit, IAlertStore alerts, HttpContext http)
    {
        var errors = new QueryParameterErrors();
        AlertState? parsedState = null;
        if (state is not null)
        {
            var match = Enum.GetValues<AlertState>().Where(s => AlertJson.Snake(s.ToString()) == state).ToArray();
            if (match.Length == 1) parsedState = match[0];
            else errors.Add("state", $"'{state}' is not one of {string.Join(", ", Enum.GetValues<AlertState>().Select(s => AlertJson.Snake(s.ToString())))}");
        }
        var from = errors.Instant(createdFrom, "created_from");
        var before = errors.Instant(createdBefore, "created_before");
        errors.Score(minScore, "min_score");
        errors.Score(maxScore, "max_score");
        errors.Paging(offset, limit, AlertQuery.MaxLimit);
        if (errors.Problem is { } problem) return problem;
        var page = await alerts.QueryAsync(new AlertQuery
        {
            State = parsedState,
            Source = list,
            CustomerId = customerId,
            MinScore = minScore,
            MaxScore = maxScore,
            CreatedFrom = from,
            CreatedBefore = before,
            Offset = offset ?? 0,
            Limit = limit ?? 50,
        }, http.RequestAborted).ConfigureAwait(false);
        return PageResult.Of(page, "alerts", static (json, alert) => AlertJson.Write(json, alert));
    }

    static async Task<IResult> Get(long id, IAlertStore alerts, HttpContext http)
    {
        var alert = await alerts.FindAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (alert is null) return Problems.NotFound($"no alert {id}");
        var events = await alerts.EventsAsync(id, http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json => AlertJson.Write(json, alert, events));
    }

    static async Task<IResult> Propose(long id, DecisionRequest request, AlertService service, HttpContext http)
    {
        AlertOutcome outcome;
        if (request.Outcome == "true_match") outcome = AlertOutcome.TrueMatch;
        else if (request.Outcome == "false_positive") outcome = AlertOutcome.FalsePositive;
        else return Problems.Field("outcome", "must be true_match or false_positive");
        if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Field("reason", "a reason is required");
        return Result(await service.ProposeAsync(id, outcome, request.Reason, http.Actor(), http.RequestAborted).ConfigureAwait(false));
    }

    static async Task<IResult> Confirm(long id, DecisionRequest request, AlertService service, HttpContext http)
    {
        if (request.Outcome is not null) return Problems.Field("outcome", "a confirmation confirms the proposed outcome; give only a reason");
        if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Field("reason", "a reason is required");
        return Result(await service.ConfirmAsync(id, request.Reason, http.Actor(), http.RequestAborted).ConfigureAwait(false));
    }

    static async Task<IResult> Reject(long id, DecisionRequest request, AlertService service, HttpContext http)
    {
        if (request.Outcome is not null) return Problems.Field("outcome", "a rejection sends the proposal back; give only a reason");
        if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Field("reason", "a reason is required");
        return Result(await service.RejectAsync(id, request.Reason, http.Actor(), http.RequestAborted).ConfigureAwait(false));
    }

    static IResult Result(AlertDecision decision) => decision.Status switch
    {
        AlertDecisionStatus.Done => new JsonWriterResult(json => AlertJson.Write(json, decision.Alert!)),
        AlertDecisionStatus.NotFound => Problems.NotFound(decision.Message!),
        AlertDecisionStatus.Conflict => Problems.Conflict(decision.Message!),
        _ when decision.Error == AlertTransitionError.SameActor =>
            TypedResults.Problem(decision.Message, statusCode: StatusCodes.Status403Forbidden, title: "Four-eyes rule"),
        _ when decision.Error == AlertTransitionError.MissingInput => Problems.BadRequest(decision.Message!),
        _ => Problems.Conflict(decision.Message!),
    };
}
