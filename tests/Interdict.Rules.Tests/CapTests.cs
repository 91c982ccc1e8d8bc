using Interdict.Rules.Evaluation;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Caps: ceilings, headroom from the totals given, the 95 percent notice and per-State baselines.</summary>
public sealed class CapTests
{
    private const string Coal = "\"quantity\":100000,\"unit\":\"t\",\"value_usd\":9000000";

    [Fact]
    public void CoalCap_WithTotals_ReportsRemainingHeadroom()
    {
        var answer = Engine.Trade("2017-06-15", "from_dprk", "2701", """{"purpose":"livelihood"}""",
            "\"context\":{\"cap_used\":{\"CAP-COAL-ANNUAL\":{\"value_usd\":300000000,\"quantity\":5000000,\"unit\":\"t\"}}}", Coal);
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Equal(2500000, answer.Cap!.RemainingQuantity);
        Assert.Equal(100870018, answer.Cap.RemainingValueUsd);
        Assert.Equal("whichever_first", answer.Cap.Rule);
    }

    [Fact]
    public void CoalCap_ValueExhaustedFirst_Prohibited()
    {
        // 7.0 Mt of 7.5 Mt used but USD 395m of 400.87m: the value ceiling binds first.
        var answer = Engine.Trade("2017-06-15", "from_dprk", "2701", """{"purpose":"livelihood"}""",
            "\"context\":{\"cap_used\":{\"CAP-COAL-ANNUAL\":{\"value_usd\":395000000,\"quantity\":7000000,\"unit\":\"t\"}}}", Coal);
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.Contains("exceeds the remaining headroom", answer.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90, Decision.CapApplies)]
    [InlineData(95, Decision.Prohibited)]
    public void RefinedPetroleum_NoticeLevels(int notice, Decision expected) =>
        Assert.Equal(expected, Engine.Trade("2019-11-01", "to_dprk", "2710.19", """{"purpose":"livelihood"}""",
            "\"context\":{\"cap_notice\":{\"CAP-RP-ANNUAL-2397\":" + notice.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}",
            "\"category\":\"refined_petroleum\"").Decision);

    [Fact]
    public void CrudeFreeze_PerStateBaseline_RemainingFromOwnBaseline()
    {
        var answer = Engine.Trade("2017-10-01", "to_dprk", "2709.00", "{}",
            "\"context\":{\"cap_baseline\":{\"CAP-CRUDE-2375\":{\"quantity\":250000,\"unit\":\"bbl\"}},\"cap_used\":{\"CAP-CRUDE-2375\":{\"quantity\":100000,\"unit\":\"bbl\"}}}",
            "\"category\":\"crude_oil\",\"quantity\":100000,\"unit\":\"bbl\"");
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Equal(150000, answer.Cap!.RemainingQuantity);
        Assert.Equal(new DateOnly(2016, 9, 11), answer.Cap.BaselineFrom);
        Assert.Equal(new DateOnly(2017, 9, 10), answer.Cap.BaselineTo);
    }

    [Fact]
    public void CrudeFreeze_OverBaseline_LivelihoodShipmentNeedsApproval() =>
        Assert.Equal(Decision.RequiresCommitteeApproval, Engine.Trade("2017-10-01", "to_dprk", "2709.00", """{"purpose":"livelihood"}""",
            "\"context\":{\"cap_baseline\":{\"CAP-CRUDE-2375\":{\"quantity\":250000,\"unit\":\"bbl\"}},\"cap_used\":{\"CAP-CRUDE-2375\":{\"quantity\":240000,\"unit\":\"bbl\"}}}",
            "\"category\":\"crude_oil\",\"quantity\":100000,\"unit\":\"bbl\"").Decision);

    [Fact]
    public void Condensate_IsNotCrudeOil_Banned()
    {
        var answer = Engine.Trade("2018-03-01", "to_dprk", "2709.00", good: "\"category\":\"condensate\"");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites("2375", "13"));
        Assert.False(answer.Cites("2397", "4"));
    }

    [Fact]
    public void AviationFuel_IsAlsoRefinedPetroleum()
    {
        // The 2270 op31 civil-flight exemption covers it; as refined petroleum it is counted against the 2397 op5 cap.
        var answer = Engine.Trade("2018-03-01", "to_dprk", "2710.19", """{"fuel_only_for_flight_to_dprk_and_return":true}""",
            "\"aircraft\":{\"use\":\"civil_passenger\"}", "\"category\":\"aviation_fuel\"");
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.True(answer.Cites("2270", "31"));
        Assert.True(answer.Cites("2397", "5"));
    }
}
