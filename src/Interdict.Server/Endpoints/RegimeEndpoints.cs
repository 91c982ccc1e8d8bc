using System.Globalization;
using Interdict.Hosting.Checks;
using Interdict.Hosting.Regime;
using Interdict.Rules.Reports;
using Interdict.Server.Http;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Endpoints;

/// <summary><c>/v1/regime/…</c>: the regime's rulebook — timeline, one measure, a proposal's scenario diff
/// (the same reports as <c>interdict regime timeline|show|diff</c>).</summary>
static class RegimeEndpoints
{
    public static IEndpointRouteBuilder MapRegime(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/regime").WithTags("Regime");
        group.MapGet("/timeline", Timeline).WithName("RegimeTimeline").WithSummary("When each measure started, changed and ended")
            .Produces<Contracts.RegimeTimelineResult>();
        group.MapGet("/measures/{id}", Measure).WithName("RegimeMeasure").WithSummary("One measure with its rules, exemptions, caps, confidence and notes")
            .Produces<Contracts.RegimeMeasureResult>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/scenarios/{proposal}", Scenario).WithName("RegimeScenario").WithSummary("What a proposal would lift or exempt, against the law in force on as_of")
            .Produces<Contracts.RegimeScenarioResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    static IResult Timeline(RulebookHost rulebook) => TypedResults.Ok(new Contracts.RegimeTimelineResult(
        rulebook.Rulebook.Regime, rulebook.Rulebook.Title, rulebook.Version, [.. RegimeTimeline.Events(rulebook.Rulebook)]));

    static IResult Measure(string id, RulebookHost rulebook)
    {
        if (rulebook.Rulebook.FindMeasure(id) is not { } m) return Problems.NotFound($"no measure '{id}' in the rulebook {rulebook.Rulebook.Regime}");
        return TypedResults.Ok(new Contracts.RegimeMeasureResult(m.Id, m.Resolution.Symbol, m.Resolution.Adopted, [.. m.Citations.Select(c => c.ToString())],
            m.Kind, m.Direction, m.Summary, m.Confidence.ToString(), [.. MeasureSheet.Rows(m)]));
    }

    static IResult Scenario(string proposal, [FromQuery(Name = "as_of")] string? asOf, RulebookHost rulebook, TimeProvider time)
    {
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return Problems.Field("as_of", $"'{asOf}' is not a date YYYY-MM-DD");
        var book = rulebook.Rulebook;
        if (book.FindProposal(proposal) is not { } p)
            return Problems.NotFound($"no proposal '{proposal}' (known: {string.Join(", ", book.Proposals.Select(x => x.Id))})");
        return TypedResults.Ok(new Contracts.RegimeScenarioResult(new Contracts.ProposalBrief(p.Id, p.Title, p.Status, p.Circulated), day,
            "What-if only: a proposal has no legal effect.", [.. ProposalDiff.Entries(book, p, day)],
            p.NotLiftedPerReports.IsDefault ? [] : [.. p.NotLiftedPerReports], p.Notes.IsDefault ? [] : [.. p.Notes]));
    }
}
