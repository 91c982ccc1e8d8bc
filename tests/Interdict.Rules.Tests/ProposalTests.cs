using Interdict.Rules.Evaluation;
using Interdict.Rules.Reports;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>What-if evaluation of proposals that were never adopted, on top of the law in force.</summary>
public sealed class ProposalTests
{
    private const string Proposal2019 = "\"scenario\":\"proposal:P-2019-RU-CN\"";
    private const string Proposal2021 = "\"scenario\":\"proposal:P-2021-RU-CN\"";

    [Fact]
    public void LiftedMeasure_Permitted_CitingTheInForceParagraph()
    {
        var inForce = Engine.Trade("2020-02-01", "from_dprk", "6110.20");
        var whatIf = Engine.Trade("2020-02-01", "from_dprk", "6110.20", extra: Proposal2019);
        Assert.Equal(Decision.Prohibited, inForce.Decision);
        Assert.Equal(Decision.Permitted, whatIf.Decision);
        Assert.True(whatIf.Cites("2375", "16"));
        Assert.Contains("never adopted", whatIf.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasureNotNamed_StaysAsInForce() =>
        Assert.Equal(Decision.Prohibited, Engine.Trade("2020-02-01", "from_dprk", "2701", extra: Proposal2019).Decision);

    [Fact]
    public void ProposalExemption_AppliesOnlyWhenItsFactHolds()
    {
        Assert.Equal(Decision.PermittedWithExemption, Engine.Trade("2020-03-01", "to_dprk", "8608.00", """{"project":"inter_korean_rail_road"}""", Proposal2019).Decision);
        Assert.Equal(Decision.Prohibited, Engine.Trade("2020-03-01", "to_dprk", "8608.00", "{}", Proposal2019).Decision);
    }

    [Fact]
    public void LaterDraft_IncludesEarlierDraftAndLiftsRefinedPetroleumCap()
    {
        Assert.Equal(Decision.Permitted, Engine.Trade("2020-02-01", "from_dprk", "6110.20", extra: Proposal2021).Decision);
        var petroleum = Engine.Trade("2022-01-10", "to_dprk", "2710.19", "{}", Proposal2021, "\"category\":\"refined_petroleum\"");
        Assert.Equal(Decision.Permitted, petroleum.Decision);
        Assert.True(petroleum.Cites("2397", "5"));
    }

    [Fact]
    public void WorkersAbroad_UnderProposal_Permitted() =>
        Assert.Equal(Decision.Permitted, Engine.Activity("2020-03-01", "workers", "employ", "{}",
            """[{"name":"DPRK national","role":"worker","country":"KP","type":"individual","designated":false}]""", Proposal2019).Decision);

    [Fact]
    public void UnknownProposal_IsBadInput() =>
        Assert.Throws<ArgumentException>(() => Engine.Trade("2020-02-01", "from_dprk", "2701", extra: "\"scenario\":\"proposal:P-1999\""));

    [Fact]
    public void Diff_ListsLiftsAndExemptionsWithConfidence()
    {
        var proposal = Engine.Rulebook.FindProposal("P-2019-RU-CN")!;
        var entries = ProposalDiff.Entries(Engine.Rulebook, proposal, new DateOnly(2020, 1, 1));
        Assert.Equal(6, entries.Count(e => e.Change == "lift"));
        Assert.Equal(3, entries.Count(e => e.Change == "exempt"));
        // The proposal names 2371 op12 too, but 2375 op18 superseded it on 2017-09-11.
        Assert.All(entries.Where(e => e.MeasureId != "M-2371-12"), e => Assert.True(e.InForce));
        Assert.False(entries.Single(e => e.MeasureId == "M-2371-12").InForce);
        Assert.Contains(entries, e => e.MeasureId == "M-2371-11" && e.Confidence.StartsWith("medium", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_BeforeAMeasureExisted_MarksItNotInForce()
    {
        var proposal = Engine.Rulebook.FindProposal("P-2019-RU-CN")!;
        var entries = ProposalDiff.Entries(Engine.Rulebook, proposal, new DateOnly(2017, 1, 1));
        Assert.False(entries.Single(e => e.MeasureId == "M-2375-16").InForce);
    }

    [Fact]
    public void Timeline_ListsStartsEndsAndWindows()
    {
        var events = RegimeTimeline.Events(Engine.Rulebook);
        Assert.Contains(events, e => e.MeasureId == "M-2321-26" && e.Change == "ends" && e.Date == new DateOnly(2017, 8, 5));
        Assert.Contains(events, e => e.MeasureId == "M-2375-16" && e.Change == "window closed" && e.Date == new DateOnly(2017, 12, 11));
        Assert.Equal(events.OrderBy(e => e.Date), events);
    }

    [Theory]
    // P-2021 lifts 2397 op5; on 22-31 December 2017 2397 op5 carries the 2375 op14 fourth-quarter ceiling, which the
    // proposal does not lift: the ceiling still binds. From 2018 the annual 2397 ceiling is 2397 op5's own: lifted.
    [InlineData("2017-12-28", "", Decision.CapApplies)]
    [InlineData("2017-12-28", "\"context\":{\"cap_notice\":{\"CAP-RP-2017Q4\":95}}", Decision.Prohibited)]
    [InlineData("2018-06-01", "", Decision.Permitted)]
    public void P2021_LiftingTheRefinedPetroleumCap_LeavesThe2375Q4CeilingItCarries(string date, string extra, Decision expected)
    {
        var answer = Engine.Evaluate($$$"""
            {"id":"P","date":"{{{date}}}","scenario":"proposal:P-2021-RU-CN","activity":"trade","direction":"to_dprk","destination":"KP",
             "goods":[{"hs":"2710.19","description":"diesel","category":"refined_petroleum","quantity":1000,"unit":"bbl"}],
             "parties":[],"facts":{"purpose":"livelihood","reported_to_committee":true}{{{(extra.Length > 0 ? "," + extra : "")}}}}
            """);
        Assert.Equal(expected, answer.Decision);
        if (expected != Decision.Permitted) Assert.True(answer.Cites("2375", "14"));
    }
}
