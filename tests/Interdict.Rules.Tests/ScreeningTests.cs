using Interdict.Rules.Evaluation;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Parties and vessels are screened against the UN list in force on the check's date; a designated party decides.</summary>
public sealed class ScreeningTests
{
    private static Answer Payment(string date, string parties, string facts = "{}") => Engine.Evaluate($$"""
        {"id":"F","date":"{{date}}","activity":"financial","action":"payment","direction":"to_dprk","parties":{{parties}},"facts":{{facts}}}
        """);

    [Fact]
    public void ListedParty_Prohibited_WithHit()
    {
        var answer = Payment("2018-05-01", """[{"name":"First Oil JV Co Ltd","role":"payee"}]""");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites("1718", "8(d)"));
        var hit = Assert.Single(answer.PartyHits);
        Assert.Equal("KPe.057", hit.Reference);
        Assert.Equal(new DateOnly(2018, 3, 30), hit.ListedOn);
    }

    [Fact]
    public void PartyListedAfterTheDate_NotDesignated() =>
        Assert.Equal(Decision.Permitted, Payment("2018-03-29", """[{"name":"FIRST OIL JV CO LTD","role":"payee"}]""").Decision);

    [Fact]
    public void HitOnAnotherRegime_IsNotADprkDesignation() =>
        Assert.Equal(Decision.Permitted, Payment("2018-05-01", """[{"name":"AL-QAIDA TEST ENTITY","role":"payee"}]""").Decision);

    [Fact]
    public void StatedDesignated_WithoutListedName_Prohibited()
    {
        var answer = Payment("2018-05-01", """[{"name":"a front company","role":"payee","designated":true}]""");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.Null(Assert.Single(answer.PartyHits).Reference);
    }

    [Fact]
    public void StatedNotDesignated_HitReportedButNotDecisive()
    {
        var answer = Payment("2018-05-01", """[{"name":"FIRST OIL JV CO LTD","role":"payee","designated":false}]""");
        Assert.Equal(Decision.Permitted, answer.Decision);
        Assert.False(Assert.Single(answer.PartyHits).Decisive);
        Assert.Contains("screening_hit_not_decisive", answer.Flags);
    }

    [Theory]
    [InlineData(0.85, false)] // e.g. "Kim Chol" against KIM YONG CHOL: a missing given name
    [InlineData(0.8999, false)]
    [InlineData(0.90, true)]
    [InlineData(1.0, true)]
    public void HitBelowTheDesignationScore_ReportedForReview_NotDecisive(double score, bool designates)
    {
        var screener = new ScoredScreener(TestScreener.Entry("KPi.999", "KIM YONG CHOL", new DateOnly(2016, 3, 2), Interdict.Core.Lists.PartyKind.Person), score);
        var answer = new RuleEvaluator(Engine.Rulebook, screener).Evaluate(Engine.Read("""
            {"id":"F","date":"2018-05-01","activity":"financial","action":"payment","direction":"to_dprk","parties":[{"name":"Kim Chol","role":"payee"}],"facts":{}}
            """));
        Assert.Equal(designates ? Decision.Prohibited : Decision.Permitted, answer.Decision);
        Assert.Equal(designates, Assert.Single(answer.PartyHits).Decisive);
        Assert.Equal(!designates, answer.Flags.Contains("screening_hit_not_decisive"));
    }

    [Theory]
    [InlineData("PAEK CHANG-HO", "company", true)] // a listed individual declared a company: the same name still designates
    [InlineData("KOREA RYONBONG GENERAL CORPORATION", "individual", true)]
    [InlineData("Paek Chang", "company", false)] // not the same name: nothing is carried across kinds
    public void ListedName_DeclaredAsAnotherKind_SameNameStillDesignates(string name, string type, bool designates)
    {
        var answer = Engine.WithBundledList.Value.Evaluate(Engine.Read($$$"""
            {"id":"F","date":"2018-05-01","activity":"financial","action":"payment","direction":"to_dprk","parties":[{"name":"{{{name}}}","role":"payee","type":"{{{type}}}"}],"facts":{}}
            """));
        Assert.Equal(designates ? Decision.Prohibited : Decision.Permitted, answer.Decision);
        Assert.Equal(designates, answer.Flags.Contains("party_type_differs_from_list"));
        Assert.Equal(designates, answer.Cites("1718", "8(d)"));
    }

    /// <summary>Answers every query with one hit at a set score: the seam's contract, without a matching engine.</summary>
    private sealed class ScoredScreener(Interdict.Core.Lists.ListEntry entry, double score) : Interdict.Core.Screening.IPartyScreener
    {
        public IReadOnlyList<Interdict.Core.Screening.PartyHit> Screen(Interdict.Core.Screening.PartyQuery query, DateOnly asOf) =>
            [new(entry, TestScreener.Version, entry.PrimaryName.Full, score, "scored")];
    }

    [Fact]
    public void DesignatedParty_2664HumanitarianCarveOut_FromDecember2022()
    {
        const string parties = """[{"name":"KOREA MINING DEVELOPMENT TRADING CORPORATION","role":"payee"}]""";
        const string facts = """{"purpose":"humanitarian","humanitarian_actor":"un_agency"}""";
        Assert.Equal(Decision.PermittedWithExemption, Payment("2022-12-09", parties, facts).Decision);
        Assert.NotEqual(Decision.PermittedWithExemption, Payment("2022-12-08", parties, facts).Decision);
    }

    // A designated vessel outside port entry is an economic resource under the asset freeze (digest M-2270-22-23: a
    // port-entry ban; Annex III vessels subject to the asset freeze), so the 2664 carve-out reaches it (before 2664, the
    // Committee's case-by-case humanitarian route); port entry stays banned.
    [Theory]
    [InlineData("2023-06-01", Decision.PermittedWithExemption)]
    [InlineData("2022-12-08", Decision.RequiresCommitteeApproval)]
    public void DesignatedVessel_HumanitarianCargo_2664CarveOut(string date, Decision expected)
    {
        var answer = Engine.Trade(date, "to_dprk", "1006.30", """{"purpose":"humanitarian","humanitarian_actor":"un_agency"}""",
            "\"vessel\":{\"flag\":\"SL\",\"designated\":true}");
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Cites("1718", "8(d)"));
        Assert.False(answer.Cites("2270", "22"), string.Join(", ", answer.Basis));
        if (expected == Decision.PermittedWithExemption) Assert.Equal("EX-2664-1", answer.Exemption);
    }

    [Fact]
    public void DesignatedVessel_PortEntry_StillBanned() =>
        Assert.Equal(Decision.Prohibited, Engine.Activity("2016-06-01", "vessel_service", "port_entry", "{}", "[]",
            "\"vessel\":{\"flag\":\"SL\",\"designated\":true}").Decision);

    [Fact]
    public void DesignatedParty_BasicExpensesNotified_Permitted() =>
        Assert.Equal(Decision.PermittedWithExemption,
            Payment("2018-05-01", """[{"name":"FIRST OIL JV CO LTD","role":"payee"}]""", """{"purpose":"basic_expenses","committee_notified_in_advance":true}""").Decision);

    [Fact]
    public void DesignatedParty_PriorObligation_ContractBeforeListing()
    {
        const string parties = """[{"name":"FIRST OIL JV CO LTD","role":"payee"}]""";
        Assert.Equal(Decision.PermittedWithExemption, Payment("2018-05-01", parties, """{"contract_concluded_on":"2018-01-10","committee_notified_in_advance":true}""").Decision);
        Assert.Equal(Decision.Prohibited, Payment("2018-05-01", parties, """{"contract_concluded_on":"2018-04-10","committee_notified_in_advance":true}""").Decision);
    }

    [Fact]
    public void Travel_PaidByADesignatedParty_AssetFreeze()
    {
        const string parties = """[{"name":"DPRK student","role":"traveller","country":"KP","type":"individual","designated":false},{"name":"front","role":"payer","country":"KP","type":"company","designated":true}]""";
        var answer = Engine.Activity("2019-05-01", "travel", "entry", "{}", parties);
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites("1718", "8(d)"));
        Assert.Equal(Decision.Permitted, Engine.Activity("2019-05-01", "travel", "entry", "{}", parties.Replace("\"designated\":true", "\"designated\":false", StringComparison.Ordinal)).Decision);
    }

    [Fact]
    public void DesignatedTraveller_RequiresApproval_NotAssetFreeze()
    {
        var answer = Engine.Activity("2018-09-01", "travel", "entry", "{}", """[{"name":"PAK CHUN IL","role":"traveller","country":"KP","type":"individual"}]""");
        Assert.Equal(Decision.RequiresCommitteeApproval, answer.Decision);
        Assert.True(answer.Cites("1718", "8(e)"));
        Assert.False(answer.Cites("1718", "8(d)"));
    }

    [Fact]
    public void EveryNamedParty_IsScreened()
    {
        var screener = new TestScreener();
        var evaluator = new RuleEvaluator(Engine.Rulebook, screener);
        evaluator.Evaluate(Engine.Read("""
            {"id":"S","date":"2018-05-01","activity":"trade","direction":"to_dprk","parties":[{"name":"A","role":"buyer"},{"name":"B","role":"seller","designated":false}],
             "vessel":{"name":"SHIP","imo":"1234567"},"facts":{}}
            """));
        Assert.Equal(3, screener.Calls);
    }
}
