using Interdict.Rules.Evaluation;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Which checks a measure reaches: directions, implied parties, clarifications, luxury goods before the lists.</summary>
public sealed class ScopeTests
{
    [Fact]
    public void Yacht_BeforeTheFirstIllustrativeList_ProhibitedUnder1718()
    {
        var answer = Engine.Trade("2010-05-01", "to_dprk", "8903.92");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites("1718", "8(a)(iii)"));
    }

    [Fact]
    public void TwoWayExchange_MeetsExportBans() =>
        Assert.Equal(Decision.Prohibited, Engine.Trade("2018-03-01", "both", "2701").Decision);

    [Fact]
    public void DprkBankOffice_ImpliesTheDprkBank() =>
        Assert.Equal(Decision.RequiresCommitteeApproval, Engine.Activity("2016-06-01", "financial", "dprk_bank_office").Decision);

    [Fact]
    public void FishingRights_CiteTheSeafoodBanTheyClarify()
    {
        var answer = Engine.Evaluate("""
            {"id":"FR","date":"2018-03-01","activity":"trade","direction":"from_dprk","goods":[{"hs":null,"description":"fishing rights","category":"fishing_rights"}],"parties":[],"facts":{}}
            """);
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites("2371", "9"));
        Assert.Contains(answer.Basis, b => b.Resolution == "2397" && b.Paragraph is null);
    }

    [Fact]
    public void CrewServices_ToDprkFlaggedVessel_NeedApprovalAfter2321() =>
        Assert.Equal(Decision.RequiresCommitteeApproval,
            Engine.Activity("2017-02-01", "vessel_service", "crew_services", extra: "\"vessel\":{\"flag\":\"KP\"}").Decision);

    // Crew services procured FROM the DPRK are not 2270 op19 (crew services TO the DPRK) but 2321 op23 (digest M-2270-19
    // related, verified S39), in force from 2016-11-30 and with no approval route in the digest.
    [Theory]
    [InlineData("2016-11-29", "vessel_service", "\"vessel\":{\"name\":\"MV Other\",\"flag\":\"PA\",\"designated\":false}", Decision.Permitted)]
    [InlineData("2016-11-30", "vessel_service", "\"vessel\":{\"name\":\"MV Other\",\"flag\":\"PA\",\"designated\":false}", Decision.Prohibited)]
    [InlineData("2016-06-01", "aviation_service", "\"aircraft\":{\"model\":\"A320\",\"use\":\"civil_passenger\",\"in_service\":true}", Decision.Permitted)]
    [InlineData("2017-06-01", "aviation_service", "\"aircraft\":{\"model\":\"A320\",\"use\":\"civil_passenger\",\"in_service\":true}", Decision.Prohibited)]
    public void CrewServices_ProcuredFromDprk_Are2321Op23Not2270Op19(string date, string activity, string craft, Decision expected)
    {
        var answer = Engine.Evaluate($$$"""
            {"id":"C","date":"{{{date}}}","activity":"{{{activity}}}","action":"crew_services","direction":"from_dprk",{{{craft}}},
             "parties":[{"name":"DPRK crewing agency","role":"seller","country":"KP","type":"company","designated":false}],"facts":{}}
            """);
        Assert.Equal(expected, answer.Decision);
        Assert.False(answer.Cites("2270", "19"), string.Join(", ", answer.Basis));
        Assert.Equal(expected == Decision.Prohibited, answer.Cites("2321", "23"));
    }

    // 2270 op19 is leasing or chartering TO the DPRK: the lessee or charterer is the DPRK.
    [Theory]
    [InlineData("2016-06-01", "vessel_service", "charter", """[{"name":"DPRK shipper","role":"charterer","country":"KP","type":"company","designated":false}]""", "\"vessel\":{\"flag\":\"PA\"}", Decision.Prohibited)]
    [InlineData("2017-06-01", "aviation_service", "lease", """[{"name":"Air Koryo","role":"lessee","country":"KP","type":"state_enterprise","designated":false}]""", "\"aircraft\":{\"use\":\"civil_passenger\"}", Decision.RequiresCommitteeApproval)]
    // Chartering from the DPRK: a foreign charterer of a DPRK-owned, DPRK-flagged vessel (before 2371 op6 and 2321) or of an Air Koryo aircraft.
    [InlineData("2016-06-01", "vessel_service", "charter", """[{"name":"Chinese charterer","role":"charterer","country":"CN","type":"company","designated":false},{"name":"DPRK owner","role":"owner","country":"KP","type":"company","designated":false}]""", "\"vessel\":{\"flag\":\"KP\",\"dprk_controlled\":true}", Decision.Permitted)]
    [InlineData("2017-06-01", "aviation_service", "charter", """[{"name":"Chinese tour operator","role":"charterer","country":"CN","type":"company","designated":false},{"name":"Air Koryo","role":"operator","country":"KP","type":"state_enterprise","designated":false}]""", "\"aircraft\":{\"use\":\"civil_passenger\",\"in_service\":true}", Decision.Permitted)]
    public void LeasingChartering2270_19_OnlyToTheDprk(string date, string activity, string action, string parties, string extra, Decision expected)
    {
        var answer = Engine.Activity(date, activity, action, "{}", parties, extra);
        Assert.Equal(expected, answer.Decision);
        Assert.Equal(expected != Decision.Permitted, answer.Cites("2270", "19"));
    }

    [Fact]
    public void CharteringDprkFlaggedVessel_After2371_ProhibitedUnder2371Op6Only()
    {
        var answer = Engine.Activity("2018-03-01", "vessel_service", "charter", "{}",
            """[{"name":"Chinese charterer","role":"charterer","country":"CN","type":"company","designated":false}]""", "\"vessel\":{\"flag\":\"KP\"}");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites("2371", "6"));
        Assert.False(answer.Cites("2270", "19"));
    }

    // Measures about the DPRK need a DPRK link (rulebook condition dprk-nexus; digest: each measure's direction and
    // wording). With direction none, the same check is decided by its parties: a third-country activity is outside
    // them, a DPRK buyer, seller, trainee or worker brings it in.
    [Theory]
    // Aviation fuel (2270 op31, to the DPRK): a Singapore airline in Singapore, against Air Koryo.
    [InlineData("trade", null, "SG", """[{"hs":"2710.19","description":"jet fuel","category":"aviation_fuel","origin":"SG"}]""", "buyer", "31", Decision.Prohibited)]
    // Arms (2270 op6, to or from the DPRK): Italian shotguns for a French dealer, against a DPRK buyer.
    [InlineData("trade", null, "FR", """[{"hs":"9303.20","description":"shotguns","category":"salw","origin":"IT"}]""", "buyer", "6", Decision.Prohibited)]
    // Fishing rights (2397, the DPRK must not sell them): Russian rights, against DPRK rights.
    [InlineData("trade", null, "CN", """[{"hs":null,"description":"fishing rights","category":"fishing_rights"}]""", "seller", "9", Decision.Prohibited)]
    // Military training (2270 op9/11: DPRK trainers or personnel).
    [InlineData("training", "military_training", "UG", "[]", "partner", "9", Decision.Prohibited)]
    // Specialised teaching (2270 op17: of DPRK nationals).
    [InlineData("training", "specialised_teaching", "GB", "[]", "partner", "17", Decision.Prohibited)]
    // Work authorizations (2375 op17: for DPRK nationals).
    [InlineData("workers", "new_work_authorization", "CN", "[]", "worker", "17", Decision.RequiresCommitteeApproval)]
    public void DirectionNone_NeedsADprkLink(string activity, string? action, string location, string goods, string role, string paragraph, Decision withDprkParty)
    {
        string Check(string country) => $$"""
            {"id":"N","date":"2018-06-01","activity":"{{activity}}"{{(action is null ? "" : $",\"action\":\"{action}\"")}},"direction":"none",
             "location":"{{location}}","destination":"{{location}}","goods":{{goods}},
             "parties":[{"name":"counterparty","role":"{{role}}","country":"{{country}}","type":"individual","designated":false}],
             "facts":{"field":"nuclear_science"} }
            """;
        var without = Engine.Evaluate(Check("CN"));
        Assert.Equal(Decision.Permitted, without.Decision);
        Assert.Empty(without.Basis);
        var with = Engine.Evaluate(Check("KP"));
        Assert.Equal(withDprkParty, with.Decision);
        Assert.Contains(with.Basis, b => b.Paragraph == paragraph);
    }

    // Employment of a worker who is not a DPRK national (2397 op8: DPRK nationals earning income); a DPRK worker is
    // employed unlawfully after the repatriation deadline.
    [Theory]
    [InlineData("CN", Decision.Permitted)]
    [InlineData("KP", Decision.Prohibited)]
    public void Employment_OnlyOfDprkNationals(string country, Decision expected)
    {
        var answer = Engine.Activity("2020-06-01", "workers", "employ", "{}",
            $$"""[{"name":"worker","role":"worker","country":"{{country}}","type":"individual","designated":false}]""");
        Assert.Equal(expected, answer.Decision);
        Assert.Equal(expected == Decision.Prohibited, answer.Cites("2397", "8"));
    }

    [Fact]
    public void NewVessel_ConditionNotGiven_ExplainsWhatWouldDecide()
    {
        var answer = Engine.Trade("2017-03-01", "to_dprk", "8901.90");
        Assert.Equal(Decision.Permitted, answer.Decision);
        Assert.Contains("condition", answer.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkAuthorization_BaselineNotEstablished_Explained()
    {
        var answer = Engine.Activity("2017-08-20", "workers", "new_work_authorization", "{}",
            """[{"name":"DPRK national","role":"worker","country":"KP","type":"individual","designated":false}]""");
        Assert.Equal(Decision.Permitted, answer.Decision);
        Assert.Contains("exceeds_work_authorization_baseline", answer.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DoubtfulHsMapping_RaisesReviewFlagOnly()
    {
        var answer = Engine.Trade("2016-06-01", "from_dprk", "2702.10"); // lignite: doubtful under 2270 op29
        Assert.Equal(Decision.Permitted, answer.Decision);
        Assert.Contains("hs_review", answer.Flags);
    }

    [Theory]
    [InlineData("2016-05-31", Decision.PermittedWithExemption)] // 90-day closure window of 2270 op33
    [InlineData("2016-06-01", Decision.Prohibited)]             // still going on after it, without approval
    public void ExistingCorrespondentRelationship_WithDprkBank(string date, Decision expected) =>
        Assert.Equal(expected, Engine.Activity(date, "financial", "open_correspondent_relationship", """{"existing_since":"2014-01-01"}""",
            """[{"name":"DPRK bank","role":"partner","country":"KP","type":"bank","designated":false}]""").Decision);

    [Fact]
    public void NewAuthorization_PreAdoptionContract_GrandfatheredAfter2397() =>
        Assert.Equal(Decision.PermittedWithExemption, Engine.Activity("2018-06-01", "workers", "new_work_authorization", """{"contract_concluded_on":"2017-06-01"}""",
            """[{"name":"DPRK national","role":"worker","country":"KP","type":"individual","designated":false}]""").Decision);

    [Theory]
    [InlineData("DE", "owner", Decision.Permitted)] // another State's embassy in Pyongyang: not DPRK property
    [InlineData("KP", "owner", Decision.Prohibited)]
    [InlineData(null, null, Decision.Prohibited)] // nobody named: the property is taken to be the DPRK's
    public void MissionProperty2321_18_OnlyDprkProperty(string? country, string? role, Decision expected)
    {
        var parties = country is null ? "[]" : $$"""[{"name":"embassy","role":"{{role}}","country":"{{country}}","type":"diplomatic_mission","designated":false}]""";
        var answer = Engine.Activity("2018-03-01", "diplomatic", "commercial_use_of_mission_property", """{"purpose":"commercial"}""", parties);
        Assert.Equal(expected, answer.Decision);
    }

    [Theory]
    // 2270 op35 (from 2016-03-02): no new office or account in the DPRK. One opened on or after that day was never
    // lawful and stays prohibited; one that existed before it falls under 2321 op31's closure (by 2017-02-28).
    [InlineData("open_office_in_dprk", "2017-08-05", "2016-11-30", Decision.Prohibited)]
    [InlineData("open_account", "2017-03-01", "2016-12-01", Decision.Prohibited)]
    [InlineData("open_office_in_dprk", "2016-09-01", "2016-06-01", Decision.Prohibited)]
    [InlineData("open_office_in_dprk", "2017-03-01", "2015-01-01", Decision.Prohibited)] // 2321 op31: closure overdue
    public void OfficeOrAccountInTheDprk_OpenedAfterThe2270Op35Ban_StaysProhibited(string action, string date, string since, Decision expected)
    {
        var answer = Engine.Evaluate($$$"""
            {"id":"F","date":"{{{date}}}","activity":"financial","action":"{{{action}}}","direction":"to_dprk","location":"KP",
             "parties":[{"name":"foreign commercial bank","role":"bank","country":"XX","type":"bank"}],"facts":{"existing_since":"{{{since}}}"}}
            """);
        Assert.Equal(expected, answer.Decision);
    }
}
