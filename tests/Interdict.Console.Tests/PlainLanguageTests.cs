using Interdict.Rules.Model;
using Interdict.Server.Console;

namespace Interdict.Console.Tests;

/// <summary>The console's sentences for the rulebook's conditions and days in force, on the model objects themselves
/// (no browser): a negated condition is stated positively, never with a second "not".</summary>
public sealed class PlainLanguageTests
{
    static FactCondition Fact(string fact, FactTest test, params string[] values) =>
        new(fact, test, [.. values], 0, default, absentOk: false);

    [Theory]
    [InlineData("rajin_transit_export", FactTest.Is, "true", false, "the goods are exported from Rajin in transit from outside the DPRK")]
    [InlineData("rajin_transit_export", FactTest.Is, "true", true, "the goods are not exported from Rajin in transit")]
    [InlineData("revenue_for_prohibited_programmes", FactTest.IsNot, "true", true, "the revenue goes to the DPRK's prohibited programmes")]
    [InlineData("reported_to_committee", FactTest.IsNot, "false", false, "it was reported to the Committee (or nothing says otherwise)")]
    [InlineData("goods.origin", FactTest.NotIn, "KP", true, "the goods are of DPRK origin")]
    [InlineData("goods.origin", FactTest.NotIn, "KP", false, "the goods are not of DPRK origin")]
    [InlineData("purpose", FactTest.In, "livelihood", false, "the purpose is livelihood")]
    [InlineData("purpose", FactTest.In, "basic_human_needs", true, "the purpose is not basic human needs")]
    public void Condition_Fact_ReadsAsASentence(string fact, FactTest test, string value, bool negated, string expected) =>
        Assert.Equal(expected, PlainLanguage.Condition(Fact(fact, test, value), negated));

    [Fact]
    public void Condition_NegatedAllOf_IsEachPartNegatedWithOr()
    {
        var all = new CombinedCondition(true, [Fact("emergency", FactTest.Is, "true"), Fact("goods.origin", FactTest.NotIn, "KP")]);
        Assert.Equal("it is an emergency and the goods are not of DPRK origin", PlainLanguage.Condition(all));
        Assert.Equal("it is not an emergency or the goods are of DPRK origin", PlainLanguage.Condition(all, negated: true));
    }

    [Fact]
    public void Condition_NegatedAnyOf_IsEachPartNegatedWithAnd()
    {
        var any = new CombinedCondition(false, [Fact("emergency", FactTest.Is, "true"), Fact("cargo_inspected", FactTest.Is, "true")]);
        Assert.Equal("either it is an emergency or the cargo was inspected", PlainLanguage.Condition(any));
        Assert.Equal("it is not an emergency and the cargo was not inspected", PlainLanguage.Condition(any, negated: true));
    }

    [Fact]
    public void InForce_OpenAndClosedValidity_AreDates()
    {
        Assert.Equal("in force since 2017-08-05", PlainLanguage.InForce(new Validity(new DateOnly(2017, 8, 5), null)));
        Assert.Equal("in force from 2016-11-30 to 2017-08-04",
            PlainLanguage.InForce(new Validity(new DateOnly(2016, 11, 30), new DateOnly(2017, 8, 5))));
    }

    [Fact]
    public void Words_CodesInAText_AreLabelsOrFactNames()
    {
        Assert.Equal("cap applies: whether the goods are exported from Rajin in transit from outside the DPRK, date of birth",
            PlainLanguage.Words("cap_applies: rajin_transit_export, date_of_birth"));
    }
}
