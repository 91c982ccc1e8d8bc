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

    // Off-book supply by ship-to-ship transfer is outside the cap (digest M-2397-5 practice_note), whatever the
    // receiving vessel's flag; the same diesel delivered otherwise stays within the cap.
    [Theory]
    [InlineData("""{"purpose":"livelihood"}""", Decision.CapApplies)]
    [InlineData("""{"purpose":"livelihood","ship_to_ship_transfer":false}""", Decision.CapApplies)]
    [InlineData("""{"purpose":"livelihood","ship_to_ship_transfer":true}""", Decision.Prohibited)]
    [InlineData("""{"purpose":"livelihood","ship_to_ship_transfer":true,"reported_to_committee":true}""", Decision.Prohibited)]
    public void RefinedPetroleum2397_5_ShipToShipTransfer_OutsideTheCap(string facts, Decision expected)
    {
        var answer = Engine.Trade("2018-06-01", "to_dprk", "2710.19", facts, "\"vessel\":{\"flag\":\"TG\",\"type\":\"tanker\"}",
            "\"category\":\"refined_petroleum\",\"quantity\":8000,\"unit\":\"bbl\"");
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Cites("2397", "5"));
        if (expected == Decision.Prohibited) Assert.Contains("ship_to_ship_transfer is not true", answer.Explanation, StringComparison.Ordinal);
    }

    // Without a ledger the remainder is unknown but never above the ceiling: one shipment larger than the whole
    // 500,000 bbl ceiling cannot fit (it answered cap_applies).
    [Theory]
    [InlineData(400000, Decision.CapApplies)]
    [InlineData(500000, Decision.CapApplies)]
    [InlineData(600000, Decision.Prohibited)]
    public void RefinedPetroleum_OneSupplyAboveTheWholeCeiling_ProhibitedNamingTheCap(int barrels, Decision expected)
    {
        var answer = Engine.Trade("2018-06-01", "to_dprk", "2710.19", """{"purpose":"livelihood"}""", "",
            "\"category\":\"refined_petroleum\",\"quantity\":" + barrels.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"unit\":\"bbl\"");
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Cites("2397", "5"));
        if (expected == Decision.Prohibited)
            Assert.Contains("alone exceeds the whole ceiling of CAP-RP-ANNUAL-2397 (500000 bbl)", answer.Explanation, StringComparison.Ordinal);
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
            Context(("cap_baseline", "CAP-CRUDE-2375", Amount(250000, "bbl")), ("cap_used", "CAP-CRUDE-2375", Amount(100000, "bbl"))),
            Oil("crude_oil", 100000, "bbl"));
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Equal(150000, answer.Cap!.RemainingQuantity);
        Assert.Equal(new DateOnly(2016, 9, 11), answer.Cap.BaselineFrom);
        Assert.Equal(new DateOnly(2017, 9, 10), answer.Cap.BaselineTo);
    }

    [Theory]
    // Digest CAP-CRUDE-2375: the per-State baseline is in barrels or tonnes; all in tonnes is compared in tonnes.
    [InlineData(499000, 1001, Decision.Prohibited)] // 1,000 t left, 1,001 t supplied
    [InlineData(499000, 1000, Decision.CapApplies)] // exactly fills the baseline
    [InlineData(500000, 1000, Decision.Prohibited)] // baseline already used up
    public void CrudeFreeze_BaselineInTonnes_ComparedInTonnes(int used, int quantity, Decision expected)
    {
        var answer = Engine.Trade("2017-10-15", "to_dprk", "2709.00", "{}",
            Context(("cap_baseline", "CAP-CRUDE-2375", Amount(500000, "t")), ("cap_used", "CAP-CRUDE-2375", Amount(used, "t"))),
            Oil("crude_oil", quantity, "t"));
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Cites("2375", "15"));
        if (expected == Decision.CapApplies)
        {
            Assert.Equal(1000, answer.Cap!.RemainingQuantity);
            Assert.Equal("t", answer.Cap.Unit);
        }
    }

    [Theory]
    // 2397 op4: 4,000,000 barrels or 525,000 tons, one ceiling stated two ways (7.619 bbl per t).
    [InlineData("t", 524000, "t", 2000, Decision.Prohibited)] // 1,000 t left, 2,000 t supplied
    [InlineData("t", 520000, "t", 2000, Decision.CapApplies)] // 5,000 t left
    [InlineData("bbl", 3990000, "t", 2000, Decision.Prohibited)] // 10,000 bbl left = 1,312 t
    [InlineData("t", 524000, "bbl", 30000, Decision.Prohibited)] // 1,000 t left = 7,619 bbl
    [InlineData("t", 520000, "bbl", 30000, Decision.CapApplies)] // 5,000 t left = 38,095 bbl
    public void CrudeCap_TonsAndBarrelsAreOneCeiling(string usedUnit, int used, string unit, int quantity, Decision expected)
    {
        var answer = Engine.Trade("2018-06-01", "to_dprk", "2709.00", "{}", CapUsed("CAP-CRUDE-2397", used, usedUnit), Oil("crude_oil", quantity, unit));
        Assert.Equal(expected, answer.Decision);
    }

    /// <summary>A <c>context</c> fragment with one <c>cap_used</c> ledger.</summary>
    private static string CapUsed(string cap, double quantity, string unit, string? asOf = null) =>
        Context(("cap_used", cap, Amount(quantity, unit, asOf)));

    /// <summary>A <c>context</c> fragment: each entry a section (<c>cap_used</c>, <c>cap_baseline</c>), a cap and its amount.</summary>
    private static string Context(params (string Section, string Cap, string Amount)[] entries) =>
        "\"context\":{" + string.Join(",", entries.Select(e => $"\"{e.Section}\":{{\"{e.Cap}\":{e.Amount}}}")) + "}";

    private static string Amount(double quantity, string unit, string? asOf = null) =>
        "{\"quantity\":" + Number(quantity) + ",\"unit\":\"" + unit + "\"" + (asOf is null ? "" : ",\"as_of\":\"" + asOf + "\"") + "}";

    /// <summary>A good's fields: its category, quantity and unit.</summary>
    private static string Oil(string category, double quantity, string unit) =>
        "\"category\":\"" + category + "\",\"quantity\":" + Number(quantity) + ",\"unit\":\"" + unit + "\"";

    private static string Number(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void RefinedPetroleum_InTons_CapAppliesButHeadroomUnverified()
    {
        // No resolution states barrels per ton of diesel: the tons are not counted, and the answer says so.
        var answer = Engine.Trade("2018-06-01", "to_dprk", "2710.19", """{"purpose":"livelihood","reported_to_committee":true}""",
            CapUsed("CAP-RP-ANNUAL-2397", 100000, "bbl"), Oil("refined_petroleum", 2000, "t"));
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Contains("cap_headroom_unverified", answer.Flags);
        Assert.Contains("cannot be counted against CAP-RP-ANNUAL-2397", answer.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CapUsed_InAnIncomparableUnit_RemainingUnknown()
    {
        var answer = Engine.Trade("2018-06-01", "to_dprk", "2710.19", """{"purpose":"livelihood","reported_to_committee":true}""",
            CapUsed("CAP-RP-ANNUAL-2397", 60000, "t"), Oil("refined_petroleum", 1000, "bbl"));
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Null(answer.Cap!.RemainingQuantity); // was 500,000 bbl: the tons used counted as nothing
        Assert.Contains("cap_headroom_unverified", answer.Flags);
    }

    [Theory]
    // 160 m3 = 1,006.4 bbl: over the 1,000 bbl left; 150 m3 = 943.5 bbl fits.
    [InlineData(160, Decision.Prohibited)]
    [InlineData(150, Decision.CapApplies)]
    public void RefinedPetroleum_InCubicMetres_CountedInBarrels(int cubicMetres, Decision expected) =>
        Assert.Equal(expected, Engine.Trade("2018-06-01", "to_dprk", "2710.19", """{"purpose":"livelihood","reported_to_committee":true}""",
            CapUsed("CAP-RP-ANNUAL-2397", 499000, "bbl"), Oil("refined_petroleum", cubicMetres, "m3")).Decision);

    [Fact]
    public void CrudeCap_SupplyExactlyFillingTheTonsLeft_Fits()
    {
        // 524,000 t used of 525,000 t: 1,000 t fits exactly, although both go through 4,000,000 / 525,000 bbl per t.
        var answer = Engine.Trade("2018-06-01", "to_dprk", "2709.00", "{}",
            CapUsed("CAP-CRUDE-2397", 524000, "t"), Oil("crude_oil", 1000, "t"));
        Assert.Equal(Decision.CapApplies, answer.Decision);
    }

    [Fact]
    public void CapUsed_CountedBeforeThePeriodOpened_IsNotThisPeriods()
    {
        // The 2397 crude cap runs in 12-month periods from 2017-12-22: a ledger of 2018-12-20 closed the first one.
        var answer = Engine.Trade("2018-12-22", "to_dprk", "2709.00", "{}",
            CapUsed("CAP-CRUDE-2397", 4000000, "bbl", asOf: "2018-12-20"), Oil("crude_oil", 1000, "bbl"));
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Null(answer.Cap!.RemainingQuantity);
        Assert.Contains("cap_headroom_unverified", answer.Flags);
        Assert.Equal(Decision.Prohibited, Engine.Trade("2018-12-22", "to_dprk", "2709.00", "{}",
            CapUsed("CAP-CRUDE-2397", 4000000, "bbl", asOf: "2018-12-22"), Oil("crude_oil", 1000, "bbl")).Decision);
    }

    [Fact]
    public void CapUnits_ConvertByDefinitionOrTheCeilingsOwnEquivalence()
    {
        var crude = new Interdict.Rules.Model.CapCeiling(4000000, "bbl", null, 525000, "t", CapEvaluation.SameCeilingTwoUnits, null);
        Assert.Equal(4000000, CapEvaluation.InCeilingUnit(525000, "t", crude)!.Value, 6);
        Assert.Equal(4000000, CapEvaluation.InCeilingUnit(525000000, "kg", crude)!.Value, 6);
        Assert.Equal(1, CapEvaluation.InCeilingUnit(158.987294928, "l", crude)!.Value, 9);
        var coal = new Interdict.Rules.Model.CapCeiling(7500000, "t", 400870018, null, null, "whichever_first", null);
        Assert.Equal(2, CapEvaluation.InCeilingUnit(2000, "kg", coal));
        Assert.Null(CapEvaluation.InCeilingUnit(100, "bbl", coal)); // no equivalence stated: not comparable
        Assert.Equal(1000 / 158.987294928, CapEvaluation.InCeilingUnit(1, "m3", crude)!.Value, 9);
        Assert.Equal(100, CapEvaluation.InCeilingUnit(100, null, coal));
    }

    [Fact]
    public void CrudeFreeze_OverBaseline_LivelihoodShipmentNeedsApproval() =>
        Assert.Equal(Decision.RequiresCommitteeApproval, Engine.Trade("2017-10-01", "to_dprk", "2709.00", """{"purpose":"livelihood"}""",
            Context(("cap_baseline", "CAP-CRUDE-2375", Amount(250000, "bbl")), ("cap_used", "CAP-CRUDE-2375", Amount(240000, "bbl"))),
            Oil("crude_oil", 100000, "bbl")).Decision);

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
