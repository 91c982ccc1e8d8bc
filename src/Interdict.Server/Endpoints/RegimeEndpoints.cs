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
        group.MapGet("/timeline", Timeline).WithName("RegimeTimeline").WithSummary("When each measure started, changed and ended");
        group.MapGet("/measures/{id}", Measure).WithName("RegimeMeasure").WithSummary("One measure with its rules, exemptions, caps, confidence and notes");
        group.MapGet("/scenarios/{proposal}", Scenario).WithName("RegimeScenario").WithSummary("What a proposal would lift or exempt, against the law in force on as_of");
        return routes;
    }

    static IResult Timeline(RulebookHost rulebook) => TypedResults.Ok(new
    {
        regime = rulebook.Rulebook.Regime,
        title = rulebook.Rulebook.Title,
        rulebook_version = rulebook.Version,
        events = RegimeTimeline.Events(rulebook.Rulebook),
    });

    static IResult Measure(string id, RulebookHost rulebook)
    {
        if (rulebook.Rulebook.FindMeasure(id) is not { } m) return Problems.NotFound($"no measure '{id}' in the rulebook {rulebook.Rulebook.Regime}");
        return TypedResults.Ok(new
        {
            id = m.Id,
            resolution = m.Resolution.Symbol,
            adopted = m.Resolution.Adopted,
            citations = m.Citations.Select(c => c.ToString()),
            kind = m.Kind,
            direction = m.Direction,
            summary = m.Summary,
            confidence = m.Confidence.ToString(),
            rows = MeasureSheet.Rows(m),
        });
    }

    static IResult Scenario(string proposal, [FromQuery(Name = "as_of")] string? asOf, RulebookHost rulebook, TimeProvider time)
    {
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return Problems.Field("as_of", $"'{asOf}' is not a date YYYY-MM-DD");
        var book = rulebook.Rulebook;
        if (book.FindProposal(proposal) is not { } p)
            return Problems.NotFound($"no proposal '{proposal}' (known: {string.Join(", ", book.Proposals.Select(x => x.Id))})");
        return TypedResults.Ok(new
        {
            proposal = new { id = p.Id, title = p.Title, status = p.Status, circulated = p.Circulated },
            as_of = day,
            note = "What-if only: a proposal has no legal effect.",
            entries = ProposalDiff.Entries(book, p, day),
            not_lifted_per_reports = p.NotLiftedPerReports.IsDefault ? [] : p.NotLiftedPerReports,
            notes = p.Notes,
        });
    }
}
