using Interdict.Rules.Evaluation;
using Interdict.Rules.Model;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>The law of each day: adoption days, the day before, wind-down end days and cap period edges.</summary>
public sealed class DateBoundaryTests
{
    [Theory]
    [InlineData("2016-03-01", Decision.Permitted)]   // day before 2270
    [InlineData("2016-03-02", Decision.Prohibited)]  // 2270 adoption day
    public void Coal_On2270AdoptionDayAndDayBefore(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Trade(date, "from_dprk", "2701.12").Decision);

    [Theory]
    [InlineData("2017-08-04", "2321", "26")] // last day of the capped regime
    [InlineData("2017-08-05", "2371", "8")]  // 2371 adoption day: full ban
    public void Coal_On2371AdoptionDayAndDayBefore(string date, string resolution, string paragraph)
    {
        var answer = Engine.Trade(date, "from_dprk", "2701", """{"purpose":"livelihood"}""");
        Assert.True(answer.Cites(resolution, paragraph), string.Join(", ", answer.Basis));
        Assert.Equal(resolution == "2321" ? Decision.CapApplies : Decision.Prohibited, answer.Decision);
    }

    // 2375 op18 supersedes 2371 op12 (digest M-2375-18 supersedes): each is cited alone on its own days.
    [Theory]
    [InlineData("2017-09-10", "12", "18")] // last day of 2371 op12
    [InlineData("2017-09-11", "18", "12")] // 2375 adoption day
    public void NewJointVenture_2371Op12UntilThe2375Op18AdoptionDay(string date, string cited, string notCited)
    {
        var answer = Engine.Activity(date, "joint_venture", "open", "{}",
            """[{"name":"DPRK company","role":"partner","country":"KP","type":"company","designated":false}]""");
        Assert.Equal(Decision.RequiresCommitteeApproval, answer.Decision);
        Assert.True(answer.Cites(cited == "12" ? "2371" : "2375", cited), string.Join(", ", answer.Basis));
        Assert.False(answer.Cites(notCited == "12" ? "2371" : "2375", notCited), string.Join(", ", answer.Basis));
    }

    [Theory]
    [InlineData("2017-12-21", Decision.Permitted)]
    [InlineData("2017-12-22", Decision.Prohibited)]
    public void Machinery_On2397AdoptionDayAndDayBefore(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Trade(date, "to_dprk", "8429.52").Decision);

    [Theory]
    [InlineData("2017-09-04", Decision.PermittedWithExemption)] // last day of the 30-day window
    [InlineData("2017-09-05", Decision.Prohibited)]
    public void IronOre_2371WindDownEndDay(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Trade(date, "from_dprk", "2601.11", """{"contract_concluded_on":"2017-07-20"}""").Decision);

    [Theory]
    [InlineData("2017-12-10", Decision.PermittedWithExemption)]
    [InlineData("2017-12-11", Decision.Prohibited)]
    public void Textiles_2375WindDownEndDay(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Trade(date, "from_dprk", "6203.11", """{"contract_concluded_on":"2017-08-20"}""").Decision);

    [Theory]
    [InlineData("2018-01-21", Decision.PermittedWithExemption)]
    [InlineData("2018-01-22", Decision.Prohibited)]
    public void Food_2397WindDownEndDay(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Trade(date, "from_dprk", "0802.99", """{"contract_concluded_on":"2017-12-01"}""").Decision);

    [Fact]
    public void WindDown_NotificationAfterNotifyBy_DefeatsIt() =>
        Assert.Equal(Decision.Prohibited,
            Engine.Trade("2017-08-25", "from_dprk", "2601.11", """{"contract_concluded_on":"2017-07-20","committee_notification_date":"2017-09-20"}""").Decision);

    [Fact]
    public void WindDown_ContractOnAdoptionDay_DoesNotQualify() =>
        Assert.Equal(Decision.Prohibited,
            Engine.Trade("2017-08-25", "from_dprk", "2601.11", """{"contract_concluded_on":"2017-08-05"}""").Decision);

    [Theory]
    [InlineData("2018-01-09", Decision.PermittedWithExemption)] // 120th day
    [InlineData("2018-01-10", Decision.Prohibited)]
    public void ExistingJointVenture_2375ClosureWindowEndDay(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Activity(date, "joint_venture", "maintain", """{"existing_since":"2015-03-01"}""",
            """[{"name":"DPRK company","role":"partner","country":"KP","type":"company","designated":false}]""").Decision);

    [Theory]
    [InlineData("2019-12-22", Decision.PermittedWithExemption)] // repatriation deadline
    [InlineData("2019-12-23", Decision.Prohibited)]
    public void Workers_2397RepatriationDeadline(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Activity(date, "workers", "employ", "{}",
            """[{"name":"DPRK national","role":"worker","country":"KP","type":"individual","designated":false}]""").Decision);

    [Theory]
    [InlineData("2016-12-31", "CAP-COAL-2016", "2016-11-30", "2016-12-31")]
    [InlineData("2017-01-01", "CAP-COAL-ANNUAL", "2017-01-01", "2017-12-31")]
    public void CoalCap_PeriodEdges(string date, string capId, string from, string to)
    {
        var answer = Engine.Trade(date, "from_dprk", "2701", """{"purpose":"livelihood"}""");
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Equal(capId, answer.Cap!.Id);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), answer.Cap.PeriodFrom);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), answer.Cap.PeriodTo);
    }

    [Theory]
    [InlineData("2017-09-30", Decision.Prohibited, null)]            // before the first 2375 window (open question OQ-05)
    [InlineData("2017-10-01", Decision.CapApplies, "CAP-RP-2017Q4")]
    [InlineData("2017-12-31", Decision.CapApplies, "CAP-RP-2017Q4")] // transition under 2397 op5
    [InlineData("2018-01-01", Decision.CapApplies, "CAP-RP-ANNUAL-2397")]
    public void RefinedPetroleumCap_PeriodEdges(string date, Decision expected, string? capId)
    {
        var answer = Engine.Trade(date, "to_dprk", "2710.19", """{"purpose":"livelihood","reported_to_committee":true}""", good: "\"category\":\"refined_petroleum\"");
        Assert.Equal(expected, answer.Decision);
        Assert.Equal(capId, answer.Cap?.Id);
        Assert.Equal(capId is null, answer.Flags.Contains("open_question:OQ-05"));
    }

    [Theory]
    [InlineData("2018-12-21", "2017-12-22", "2018-12-21")]
    [InlineData("2018-12-22", "2018-12-22", "2019-12-21")]
    public void CrudeCap_TwelveMonthPeriodsFrom22December(string date, string from, string to)
    {
        var answer = Engine.Trade(date, "to_dprk", "2709.00", good: "\"category\":\"crude_oil\"");
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), answer.Cap!.PeriodFrom);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), answer.Cap.PeriodTo);
    }

    [Fact]
    public void SameCheck_TwoDates_GivesTheLawOfEachDay()
    {
        Assert.Equal(Decision.Permitted, Engine.Trade("2017-07-01", "from_dprk", "0303.89").Decision);
        Assert.Equal(Decision.Prohibited, Engine.Trade("2017-09-10", "from_dprk", "0303.89").Decision);
    }

    [Fact]
    public void Validity_IsHalfOpen()
    {
        var validity = new Validity(new DateOnly(2016, 11, 30), new DateOnly(2017, 8, 5));
        Assert.True(validity.Contains(new DateOnly(2016, 11, 30)));
        Assert.True(validity.Contains(new DateOnly(2017, 8, 4)));
        Assert.False(validity.Contains(new DateOnly(2017, 8, 5)));
        Assert.False(validity.Contains(new DateOnly(2016, 11, 29)));
    }
}
