using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Model;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Every exemption of the rulebook: none applies on facts that are not established, and each one is reached
/// by a check that meets its conditions.</summary>
public sealed class ExemptionCatalogTests
{
    private const string KpParty = """[{"name":"DPRK entity","role":"partner","country":"KP","type":"company","designated":false}]""";

    public static TheoryData<string> ConditionalExemptions()
    {
        var data = new TheoryData<string>();
        foreach (var exemption in AllExemptions().Where(e => e.When is not null && HasPositiveTest(e.When))) data.Add(exemption.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(ConditionalExemptions))]
    public void Condition_NoFactsEstablished_NeverHolds(string id)
    {
        var exemption = AllExemptions().Single(e => e.Id == id);
        var check = Engine.Read("""{"id":"E","date":"2018-06-01","activity":"trade","direction":"to_dprk","parties":[],"facts":{}}""");
        var context = new CheckContext(check, [], []);
        Assert.NotEqual(Truth.Yes, exemption.When!.Evaluate(context, null));
    }

    [Theory]
    [InlineData("EX-2270-19", Decision.PermittedWithExemption, """{"id":"x","date":"2016-06-01","activity":"vessel_service","action":"charter","direction":"none","parties":[{"name":"DPRK shipping","role":"charterer","country":"KP","type":"company","designated":false}],"facts":{"committee_notified_in_advance":true,"purpose":"livelihood"}}""")]
    [InlineData("EX-2321-31", Decision.Prohibited, """{"id":"x","date":"2017-06-01","activity":"financial","action":"open_account","direction":"to_dprk","location":"KP","parties":[],"facts":{"existing_since":"2015-01-01"}}""")]
    [InlineData("EX-2321-32", Decision.PermittedWithExemption, """{"id":"x","date":"2017-06-01","activity":"financial","action":"trade_finance","direction":"both","parties":[],"facts":{"committee_approval":{"id":"TF-1"}}}""")]
    [InlineData("EX-1874-17-hum", Decision.PermittedWithExemption, """{"id":"x","date":"2012-06-01","activity":"vessel_service","action":"bunkering","direction":"none","parties":[],"vessel":{"flag":"KP"},"facts":{"reasonable_grounds_prohibited_cargo":true,"cargo_inspected":true}}""")]
    [InlineData("EX-2270-8a", Decision.PermittedWithExemption, """{"id":"x","date":"2016-06-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"8704.22","description":"trucks"}],"parties":[],"facts":{"catch_all_determination":"military","purpose":"humanitarian","state_determination":true}}""")]
    [InlineData("EX-2270-8b", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2016-06-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"8704.22","description":"trucks"}],"parties":[],"facts":{"catch_all_determination":"military"}}""")]
    [InlineData("M-2270-13-14/expulsion-exception", Decision.PermittedWithExemption, """{"id":"x","date":"2017-06-01","activity":"workers","action":"employ","direction":"none","parties":[],"facts":{"contributes_to_prohibited_programmes":true,"expulsion_exception":"medical"}}""")]
    [InlineData("EX-2371-10-WINDDOWN", Decision.PermittedWithExemption, """{"id":"x","date":"2017-09-04","activity":"trade","direction":"from_dprk","goods":[{"hs":"2607.00","description":"lead ore"}],"parties":[],"facts":{"contract_concluded_on":"2017-08-04"}}""")]
    [InlineData("EX-2371-11", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2017-08-20","activity":"workers","action":"new_work_authorization","direction":"none","parties":[],"facts":{"exceeds_work_authorization_baseline":true}}""")]
    [InlineData("EX-2375-15", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2017-10-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"2709.00","description":"crude","category":"crude_oil","quantity":10,"unit":"bbl"}],"parties":[],"facts":{"purpose":"livelihood"},"context":{"cap_baseline":{"CAP-CRUDE-2375":{"quantity":100,"unit":"bbl"}},"cap_used":{"CAP-CRUDE-2375":{"quantity":100,"unit":"bbl"}}}}""")]
    [InlineData("EX-2397-4-CTTEE", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2018-06-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"2709.00","description":"crude","category":"crude_oil","quantity":10,"unit":"bbl"}],"parties":[],"facts":{"purpose":"livelihood"},"context":{"cap_used":{"CAP-CRUDE-2397":{"quantity":4000000,"unit":"bbl"}}}}""")]
    [InlineData("EX-1718-9-extraordinary", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2018-06-01","activity":"financial","action":"payment","direction":"to_dprk","parties":[{"name":"FIRST OIL JV CO LTD","role":"payee"}],"facts":{"purpose":"extraordinary_expenses"}}""")]
    [InlineData("EX-2270-32", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2018-06-01","activity":"other","direction":"none","parties":[{"name":"DPRK ministry","role":"payee","type":"government_body","country":"KP","designated":false}],"facts":{"purpose":"diplomatic","contributes_to_prohibited_programmes":true}}""")]
    [InlineData("EX-2321-8", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2017-06-01","activity":"vessel_service","action":"classification","direction":"none","parties":[],"vessel":{"flag":"KP"},"facts":{}}""")]
    [InlineData("EX-2375-17-CTTEE", Decision.PermittedWithExemption, """{"id":"x","date":"2018-06-01","activity":"workers","action":"new_work_authorization","direction":"none","parties":[],"facts":{"purpose":"humanitarian","committee_approval":{}}}""")]
    [InlineData("EX-2375-18-CTTEE", Decision.RequiresCommitteeApproval, """{"id":"x","date":"2018-06-01","activity":"joint_venture","action":"open","direction":"none","parties":[{"name":"DPRK entity","role":"partner","country":"KP","type":"company","designated":false}],"facts":{"project":"public_utility_non_commercial"}}""")]
    public void Exemption_ConditionsMet_DecidesTheCheck(string exemptionId, Decision expected, string json)
    {
        var answer = Engine.Evaluate(json);
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Exemption == exemptionId || answer.Explanation.Contains(exemptionId, StringComparison.Ordinal),
            $"{exemptionId} not named: {answer.Exemption} / {answer.Explanation}");
    }

    [Fact]
    public void JointVenturePartner_IsADprkEntity() =>
        Assert.Equal(Decision.RequiresCommitteeApproval, Engine.Activity("2018-06-01", "joint_venture", "open", "{}", KpParty).Decision);

    private static IEnumerable<Exemption> AllExemptions() =>
        Engine.Rulebook.Measures.SelectMany(m => m.Exemptions).Concat(Engine.Rulebook.GeneralExemptions);

    private static bool HasPositiveTest(Condition condition) => condition switch
    {
        // The check's date is always known: a window on it alone (a repatriation deadline) is not a fact to establish.
        FactCondition f => f.Test is not (FactTest.IsNot or FactTest.NotIn) && !f.AbsentOk && f.Fact != "date",
        CombinedCondition { RequireAll: true } all => all.Parts.Any(HasPositiveTest),
        CombinedCondition any => any.Parts.All(HasPositiveTest),
        _ => true,
    };
}
