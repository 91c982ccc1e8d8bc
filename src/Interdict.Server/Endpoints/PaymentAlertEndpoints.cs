using Interdict.Core.Alerts;
using Interdict.Hosting.Alerts;
using Interdict.Hosting.Payments;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Interdict.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/payments/alerts…</c>: held and reviewed payments under four-eyes review — the queue, one alert with
/// the message's fields and its history, and the decisions (an analyst proposes release or reject; a supervisor other
/// than the proposer confirms or declines).</summary>
static class PaymentAlertEndpoints
{
    public static IEndpointRouteBuilder MapPaymentAlerts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/payments/alerts").WithTags("Payments");
        group.MapGet("", List).WithName("PaymentAlerts")
            .WithSummary("Payment alerts, newest first; filters state, outcome, message_id; paging offset, limit ≤ 1000")
            .Produces<Contracts.PaymentAlertPage>().ProducesValidationProblem();
        group.MapGet("/{id}", Get).WithName("PaymentAlert").WithSummary("One payment alert with the message's fields, its hits, basis and history")
            .Produces<Contracts.PaymentAlert>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/propose", Propose).WithName("PaymentAlertPropose").WithSummary("Propose release or reject, with a reason")
            .Accepts<PaymentDecisionRequest>("application/json").Produces<Contracts.PaymentAlert>().ProducesDecisionProblems();
        group.MapPost("/{id}/confirm", Confirm).WithName("PaymentAlertConfirm").WithSummary("Confirm the proposal (not by its proposer): the payment is released or rejected")
            .Accepts<PaymentDecisionRequest>("application/json").Produces<Contracts.PaymentAlert>().ProducesDecisionProblems();
        group.MapPost("/{id}/decline", Decline).WithName("PaymentAlertDecline").WithSummary("Decline the proposal: the alert is open again (not by its proposer)")
            .Accepts<PaymentDecisionRequest>("application/json").Produces<Contracts.PaymentAlert>().ProducesDecisionProblems();
        return routes;
    }

    static RouteHandlerBuilder ProducesDecisionProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    static async Task<IResult> List(string? state, string? outcome, [FromQuery(Name = "message_id")] string? messageId, int? offset, int? limit,
        IPaymentAlertStore alerts, HttpContext http)
    {
        var errors = new QueryParameterErrors();
        PaymentAlertState? parsedState = null;
        if (state is not null)
        {
            var match = Enum.GetValues<PaymentAlertState>().Where(s => AlertJson.Snake(s.ToString()) == state).ToArray();
            if (match.Length == 1) parsedState = match[0];
            else errors.Add("state", $"'{state}' is not one of {string.Join(", ", Enum.GetValues<PaymentAlertState>().Select(s => AlertJson.Snake(s.ToString())))}");
        }
        if (outcome is not null and not ("review" or "hold")) errors.Add("outcome", $"'{outcome}' is not one of review, hold");
        errors.Paging(offset, limit, PaymentAlertQuery.MaxLimit);
        if (errors.Problem is { } problem) return problem;
        var page = await alerts.QueryAsync(new PaymentAlertQuery
        {
            State = parsedState,
            Outcome = outcome,
            MessageId = messageId,
            Offset = offset ?? 0,
            Limit = limit ?? 50,
        }, http.RequestAborted).ConfigureAwait(false);
        return PageResult.Of(page, "alerts", static (json, alert) => PaymentAlertJson.Write(json, alert));
    }

    static async Task<IResult> Get(long id, IPaymentAlertStore alerts, HttpContext http)
    {
        var alert = await alerts.FindAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (alert is null) return Problems.NotFound($"no payment alert {id}");
        var events = await alerts.EventsAsync(id, http.RequestAborted).ConfigureAwait(false);
        return new JsonWriterResult(json => PaymentAlertJson.Write(json, alert, events));
    }

    static async Task<IResult> Propose(long id, PaymentDecisionRequest request, PaymentAlertService service, HttpContext http)
    {
        PaymentDecision decision;
        if (request.Decision == "release") decision = PaymentDecision.Release;
        else if (request.Decision == "reject") decision = PaymentDecision.Reject;
        else return Problems.Field("decision", "must be release or reject");
        if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Field("reason", "a reason is required");
        return Result(await service.ProposeAsync(id, decision, request.Reason, http.Actor(), http.RequestAborted).ConfigureAwait(false));
    }

    static async Task<IResult> Confirm(long id, PaymentDecisionRequest request, PaymentAlertService service, HttpContext http)
    {
        if (request.Decision is not null) return Problems.Field("decision", "a confirmation confirms the proposed decision; give only a reason");
        if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Field("reason", "a reason is required");
        return Result(await service.ConfirmAsync(id, request.Reason, http.Actor(), http.RequestAborted).ConfigureAwait(false));
    }

    static async Task<IResult> Decline(long id, PaymentDecisionRequest request, PaymentAlertService service, HttpContext http)
    {
        if (request.Decision is not null) return Problems.Field("decision", "declining sends the proposal back; give only a reason");
        if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Field("reason", "a reason is required");
        return Result(await service.DeclineAsync(id, request.Reason, http.Actor(), http.RequestAborted).ConfigureAwait(false));
    }

    static IResult Result(PaymentAlertDecision decision) => decision.Status switch
    {
        AlertDecisionStatus.Done => new JsonWriterResult(json => PaymentAlertJson.Write(json, decision.Alert!)),
        AlertDecisionStatus.NotFound => Problems.NotFound(decision.Message!),
        AlertDecisionStatus.Conflict => Problems.Conflict(decision.Message!),
        _ when decision.Error == AlertTransitionError.SameActor =>
            TypedResults.Problem(decision.Message, statusCode: StatusCodes.Status403Forbidden, title: "Four-eyes rule"),
        _ when decision.Error == AlertTransitionError.MissingInput => Problems.BadRequest(decision.Message!),
        _ => Problems.Conflict(decision.Message!),
    };
}
