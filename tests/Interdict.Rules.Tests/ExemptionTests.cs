using Interdict.Rules.Evaluation;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Each exemption's conditions: met, failed, and not established (the answer then names the missing fact).</summary>
public sealed class ExemptionTests
{
    private const string DprkPartner = """[{"name":"DPRK company","role":"partner","country":"KP","type":"company","designated":false}]""";
    private const string DprkWorker = """[{"name":"DPRK national","role":"worker","country":"KP","type":"individual","designated":false}]""";

    [Theory]
    [InlineData("""{"purpose":"livelihood","state_determination":true}""", Decision.PermittedWithExemption)]
    [InlineData("""{"purpose":"livelihood"}""", Decision.Prohibited)]
    [InlineData("""{"purpose":"livelihood","state_determination":true,"revenue_for_prohibited_programmes":true}""", Decision.Prohibited)]
    [InlineData("""{"purpose":"commercial","state_determination":true}""", Decision.Prohibited)]
    public void Livelihood2270_29b(string facts, Decision expected)
    {
        var answer = Engine.Trade("2016-04-01", "from_dprk", "2701", facts);
        Assert.Equal(expected, answer.Decision);
        if (expected == Decision.PermittedWithExemption) Assert.Equal("EX-2270-29b-LIVELIHOOD", answer.Exemption);
    }

    [Fact]
    public void Livelihood2270_29b_DeterminationMissing_ExplanationNamesTheFact()
    {
        var answer = Engine.Trade("2016-04-01", "from_dprk", "2701", """{"purpose":"livelihood"}""");
        Assert.Contains("EX-2270-29b-LIVELIHOOD would apply if state_determination were established", answer.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016-06-01", """{"rajin_transit_export":true,"non_dprk_origin_confirmed":true,"committee_notified_in_advance":true}""", "EX-2270-29a-RAJIN")]
    [InlineData("2017-03-01", """{"rajin_transit_export":true,"non_dprk_origin_confirmed":true,"committee_notified_in_advance":true}""", "EX-2321-26a-RAJIN")]
    [InlineData("2018-03-01", """{"rajin_transit_export":true,"non_dprk_origin_confirmed":true,"committee_notified_in_advance":true}""", "EX-2371-8-RAJIN")]
    public void RajinTransit_EachResolutionsExemption(string date, string facts, string exemption)
    {
        var answer = Engine.Trade(date, "transit_via_dprk", "2701.12", facts, good: "\"origin\":\"RU\"");
        Assert.Equal(Decision.PermittedWithExemption, answer.Decision);
        Assert.Equal(exemption, answer.Exemption);
    }

    [Theory]
    [InlineData("""{"rajin_transit_export":true,"committee_notified_in_advance":true}""")]                                  // origin not confirmed
    [InlineData("""{"rajin_transit_export":true,"non_dprk_origin_confirmed":true,"committee_notified_in_advance":true,"revenue_for_prohibited_programmes":true}""")]
    public void RajinTransit_ConditionMissingOrFailing_Prohibited(string facts) =>
        Assert.Equal(Decision.Prohibited, Engine.Trade("2018-03-01", "transit_via_dprk", "2701.12", facts).Decision);

    [Fact]
    public void RajinTransit_2018_Cites2397SavingClause() =>
        Assert.Contains(Engine.Trade("2018-03-01", "transit_via_dprk", "2701.12", """{"rajin_transit_export":true,"non_dprk_origin_confirmed":true,"committee_notified_in_advance":true}""").Basis,
            b => b.Resolution == "2397");

    // "Originated outside the DPRK": an established DPRK origin (goods[].origin) defeats the confirmation, and a differing
    // declared_origin is a false declaration (CHECK-FORMAT §1.2). Russian coal only under the 2397 saving clause too.
    [Theory]
    [InlineData("2016-06-01")]
    [InlineData("2017-03-01")]
    [InlineData("2018-03-01")]
    public void RajinTransit_EstablishedDprkOrigin_Prohibited(string date)
    {
        var answer = Engine.Trade(date, "transit_via_dprk", "2701.12",
            """{"rajin_transit_export":true,"non_dprk_origin_confirmed":true,"committee_notified_in_advance":true}""",
            good: "\"origin\":\"KP\",\"declared_origin\":\"RU\"");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.Null(answer.Exemption);
        Assert.DoesNotContain(answer.Basis, b => b.Resolution == "2397");
        Assert.Contains("goods.origin not in [KP] does not hold", answer.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"purpose":"livelihood","state_determination":true}""", Decision.PermittedWithExemption)]
    [InlineData("{}", Decision.Prohibited)]
    public void Iron2321_26b(string facts, Decision expected) =>
        Assert.Equal(expected, Engine.Trade("2017-02-01", "from_dprk", "2601.11", facts).Decision);

    [Fact]
    public void SalwNotice_FewerThanFiveDays_Prohibited() =>
        Assert.Equal(Decision.Prohibited, Engine.Trade("2010-01-15", "to_dprk", "9302.00", """{"committee_notified_in_advance":true,"committee_notice_days":4}""", good: "\"category\":\"salw\"").Decision);

    [Fact]
    public void SalwNotice_After2270_NoLongerAvailable() =>
        Assert.Equal(Decision.Prohibited, Engine.Trade("2016-04-01", "to_dprk", "9302.00", """{"committee_notified_in_advance":true,"committee_notice_days":7}""", good: "\"category\":\"salw\"").Decision);

    [Theory]
    [InlineData("""{"fuel_only_for_flight_to_dprk_and_return":true}""", "\"aircraft\":{\"use\":\"civil_passenger\"}", Decision.PermittedWithExemption)]
    [InlineData("""{"fuel_only_for_flight_to_dprk_and_return":true}""", "\"aircraft\":{\"use\":\"civil_cargo\"}", Decision.Prohibited)]
    [InlineData("""{"purpose":"humanitarian"}""", "\"port\":{\"name\":\"x\"}", Decision.RequiresCommitteeApproval)]
    public void AviationFuel2270_31(string facts, string extra, Decision expected) =>
        Assert.Equal(expected, Engine.Trade("2016-06-01", "to_dprk", "2710.19", facts, extra, "\"category\":\"aviation_fuel\"").Decision);

    [Theory]
    [InlineData("\"aircraft\":{\"operator\":\"Air Koryo\",\"use\":\"civil_passenger\",\"in_service\":true}", Decision.PermittedWithExemption)]
    [InlineData("\"aircraft\":{\"operator\":\"Air Koryo\",\"use\":\"civil_passenger\",\"in_service\":false}", Decision.Prohibited)]
    [InlineData("\"aircraft\":{\"operator\":\"Air Koryo\",\"use\":\"military\",\"in_service\":true}", Decision.Prohibited)]
    // "DPRK commercial civilian passenger aircraft" (digest): another State's airliner is not one.
    [InlineData("\"aircraft\":{\"operator\":\"Air China\",\"use\":\"civil_passenger\",\"in_service\":true}", Decision.Prohibited)]
    public void AircraftSpareParts2397_7(string extra, Decision expected) =>
        Assert.Equal(expected, Engine.Trade("2018-06-01", "to_dprk", "8807.30", "{}", extra, "\"category\":\"aircraft_parts\"").Decision);

    [Fact]
    public void AircraftSpareParts2397_7_DprkOperatorAmongTheParties() =>
        Assert.Equal(Decision.PermittedWithExemption, Engine.Evaluate("""
            {"id":"A","date":"2018-06-01","activity":"trade","direction":"to_dprk","destination":"KP",
             "goods":[{"hs":"8807.30","description":"brakes","category":"aircraft_parts"}],
             "parties":[{"name":"the airline","role":"operator","country":"KP","type":"state_enterprise"}],
             "aircraft":{"model":"Tu-204","use":"civil_passenger","in_service":true},"facts":{}}
            """).Decision);

    // CHECK-FORMAT §1.2 sets category aircraft_parts only where HS cannot tell: the parts headings decide alone
    // (8807 in HS 2022, 8803 before); a whole aircraft (8802) stays under the ban.
    [Theory]
    [InlineData("8807.30", Decision.PermittedWithExemption)]
    [InlineData("8803.30", Decision.PermittedWithExemption)]
    [InlineData("8803", Decision.PermittedWithExemption)]
    [InlineData("8802.40", Decision.Prohibited)]
    public void AircraftSpareParts2397_7_ByHsCodeWithoutCategory(string hs, Decision expected)
    {
        var answer = Engine.Trade("2018-06-01", "to_dprk", hs, "{}", "\"aircraft\":{\"operator\":\"Air Koryo\",\"use\":\"civil_passenger\",\"in_service\":true}");
        Assert.Equal(expected, answer.Decision);
        if (expected == Decision.PermittedWithExemption) Assert.Equal("EX-2397-7-AIRCRAFT", answer.Exemption);
    }

    [Theory]
    [InlineData("""{"project":"rajin_khasan"}""", "EX-2375-18-RAJIN-KHASAN")]
    [InlineData("""{"project":"china_dprk_hydropower","existing_since":"2005-01-01"}""", "EX-2375-18-HYDRO")]
    public void JointVentureCarveOuts2375_18(string facts, string exemption)
    {
        var answer = Engine.Activity("2018-06-01", "joint_venture", "maintain", facts, DprkPartner);
        Assert.Equal(Decision.PermittedWithExemption, answer.Decision);
        Assert.Equal(exemption, answer.Exemption);
    }

    // 2375 op18 supersedes 2371 op12: its carve-outs reach opening and expanding too.
    [Theory]
    [InlineData("open", """{"project":"rajin_khasan"}""", "EX-2375-18-RAJIN-KHASAN")]
    [InlineData("expand", """{"project":"rajin_khasan"}""", "EX-2375-18-RAJIN-KHASAN")]
    [InlineData("expand", """{"project":"china_dprk_hydropower","existing_since":"2005-01-01"}""", "EX-2375-18-HYDRO")]
    public void JointVentureCarveOuts2375_18_OpenOrExpand(string action, string facts, string exemption)
    {
        var answer = Engine.Activity("2018-06-01", "joint_venture", action, facts, DprkPartner);
        Assert.Equal(Decision.PermittedWithExemption, answer.Decision);
        Assert.Equal(exemption, answer.Exemption);
        Assert.False(answer.Cites("2371", "12"), string.Join(", ", answer.Basis));
    }

    // Digest M-2270-8: the military catch-all covers "any item except food or medicine" (HS mapping: interpretation).
    [Theory]
    [InlineData("2016-06-01", "1006.30", Decision.Permitted)] // milled rice
    [InlineData("2016-06-01", "3004.90", Decision.Permitted)] // medicaments
    [InlineData("2018-06-01", "1101.00", Decision.Permitted)] // wheat flour
    [InlineData("2016-06-01", "0402.10", Decision.Permitted)] // milk powder
    [InlineData("2016-06-01", "8704.22", Decision.RequiresCommitteeApproval)] // trucks: in scope, Committee route (8(b))
    public void MilitaryCatchAll2270_8_ExceptFoodOrMedicine(string date, string hs, Decision expected)
    {
        var answer = Engine.Trade(date, "to_dprk", hs, """{"catch_all_determination":"military"}""");
        Assert.Equal(expected, answer.Decision);
        if (expected == Decision.Permitted) Assert.Equal("EX-2270-8-FOOD-MEDICINE", answer.Exemption);
    }

    // Digest EX-2375-18-HYDRO covers EXISTING China-DPRK hydropower projects only: a JV opened now, or existing only since
    // 2375's adoption (2017-09-11), is a new JV with the Committee route (or prohibited when kept going without it).
    [Theory]
    [InlineData("open", """{"project":"china_dprk_hydropower"}""", Decision.RequiresCommitteeApproval)]
    [InlineData("open", """{"project":"china_dprk_hydropower","existing_since":"2018-07-01"}""", Decision.RequiresCommitteeApproval)]
    [InlineData("maintain", """{"project":"china_dprk_hydropower","existing_since":"2017-10-01"}""", Decision.Prohibited)]
    public void JointVentureHydroCarveOut2375_18_ExistingProjectsOnly(string action, string facts, Decision expected)
    {
        var answer = Engine.Activity("2018-06-01", "joint_venture", action, facts, DprkPartner);
        Assert.Equal(expected, answer.Decision);
        Assert.NotEqual("EX-2375-18-HYDRO", answer.Exemption);
        Assert.True(answer.Cites("2375", "18"), string.Join(", ", answer.Basis));
    }

    // Expanding an existing JV (additional investment) is still to happen: the Committee route of the paragraph in force
    // that day, not "going on without approval". The JV it adds to is kept going, though: after the 2375 op18 closure
    // deadline (2018-01-09) keeping it without approval is prohibited, expanded or not.
    [Theory]
    [InlineData("2017-08-20", "expand", "2371", "12", Decision.RequiresCommitteeApproval)]
    [InlineData("2017-10-15", "expand", "2375", "18", Decision.RequiresCommitteeApproval)] // inside the closure window
    [InlineData("2018-06-01", "expand", "2375", "18", Decision.Prohibited)]
    [InlineData("2018-06-01", "maintain", "2375", "18", Decision.Prohibited)]
    public void JointVenture_ExpandExisting_IsStillToHappen(string date, string action, string resolution, string paragraph, Decision expected)
    {
        var answer = Engine.Activity(date, "joint_venture", action, """{"existing_since":"2014-01-01"}""", DprkPartner);
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Cites(resolution, paragraph), string.Join(", ", answer.Basis));
        if (expected == Decision.RequiresCommitteeApproval) Assert.Equal(resolution == "2371" ? "EX-2371-12" : "EX-2375-18-CTTEE", answer.Exemption);
    }

    [Fact]
    public void JointVenture_WithinDaysOfDenial_WindDown() =>
        Assert.Equal(Decision.PermittedWithExemption,
            Engine.Activity("2019-03-01", "joint_venture", "maintain", """{"committee_request_denied_on":"2019-01-15"}""", DprkPartner).Decision);

    [Fact]
    public void JointVenture_NewAfter2375_RequiresApproval_WithApprovalPermitted()
    {
        Assert.Equal(Decision.RequiresCommitteeApproval, Engine.Activity("2018-06-01", "joint_venture", "open", "{}", DprkPartner).Decision);
        Assert.Equal(Decision.PermittedWithExemption, Engine.Activity("2018-06-01", "joint_venture", "open", """{"committee_approval":{"id":"A1"}}""", DprkPartner).Decision);
    }

    [Fact]
    public void CommitteeApproval_Expired_DoesNotCount() =>
        Assert.Equal(Decision.RequiresCommitteeApproval,
            Engine.Activity("2018-06-01", "joint_venture", "open", """{"committee_approval":{"id":"A1","valid_until":"2018-05-31"}}""", DprkPartner).Decision);

    [Fact]
    public void CommitteeApproval_CoversOtherGoods_DoesNotCount() =>
        Assert.Equal(Decision.RequiresCommitteeApproval,
            Engine.Trade("2017-03-01", "to_dprk", "8802.12", """{"committee_approval":{"covers":[{"hs":"8901"}]}}""", good: "\"condition\":\"new\"").Decision);

    [Theory]
    [InlineData("""{"worker_is_host_state_national":true}""", "EX-2397-8-NATIONAL")]
    [InlineData("""{"repatriation_barred_by_law":true}""", "EX-2397-8-NONREFOULEMENT")]
    public void WorkersAfterDeadline2397_8(string facts, string exemption)
    {
        var answer = Engine.Activity("2020-03-01", "workers", "employ", facts, DprkWorker);
        Assert.Equal(Decision.PermittedWithExemption, answer.Decision);
        Assert.Equal(exemption, answer.Exemption);
    }

    [Theory]
    [InlineData("2017-06-01", Decision.PermittedWithExemption)] // contract before 2375: grandfathered
    [InlineData("2017-10-01", Decision.Prohibited)]             // authorization after 2375, still employed
    public void WorkersUnder2375_17(string contract, Decision expected) =>
        Assert.Equal(expected, Engine.Activity("2018-06-01", "workers", "employ", $$"""{"contract_concluded_on":"{{contract}}"}""", DprkWorker).Decision);

    [Theory]
    [InlineData("medical", Decision.Permitted)]
    [InlineData("nuclear_science", Decision.RequiresCommitteeApproval)]
    [InlineData("mechanical_engineering", Decision.Prohibited)]
    public void SciTech2321_11(string field, Decision expected)
    {
        var answer = Engine.Activity("2017-04-01", "sci_tech_cooperation", "cooperation", $$"""{"field":"{{field}}"}""",
            """[{"name":"DPRK institute","role":"partner","country":"KP","type":"government_body","designated":false}]""");
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Cites("2321", "11"));
    }

    [Fact]
    public void SciTech2321_11b_DeterminationAndNotice_Permitted() =>
        Assert.Equal(Decision.PermittedWithExemption, Engine.Activity("2017-04-01", "sci_tech_cooperation", "cooperation",
            """{"field":"mechanical_engineering","state_determination":true,"committee_notified_in_advance":true}""",
            """[{"name":"DPRK institute","role":"partner","country":"KP","type":"government_body","designated":false}]""").Decision);

    [Theory]
    [InlineData("""{"purpose":"humanitarian","humanitarian_actor":"un_agency"}""", Decision.RequiresCommitteeApproval)]
    [InlineData("""{"purpose":"humanitarian","humanitarian_actor":"un_agency","committee_approval":{"id":"H1","valid_until":"2020-12-31"}}""", Decision.PermittedWithExemption)]
    [InlineData("{}", Decision.Prohibited)]
    public void GeneralHumanitarian2397_25(string facts, Decision expected)
    {
        var answer = Engine.Trade("2020-03-01", "to_dprk", "8413.70", facts);
        Assert.Equal(expected, answer.Decision);
        if (expected != Decision.Prohibited) Assert.True(answer.Cites("2397", "25"));
    }

    // The actor stands for relief work only while no other purpose is established: an NGO or UN agency buying or selling
    // for a commercial (or state-revenue, WMD, military) purpose is not carrying out assistance and relief (digest
    // EX-GEN-HUMANITARIAN; CHECK-FORMAT purpose: mixed purposes give the non-exempt one).
    [Theory]
    [InlineData("""{"humanitarian_actor":"ngo"}""", Decision.RequiresCommitteeApproval)]
    [InlineData("""{"purpose":"commercial","humanitarian_actor":"ngo"}""", Decision.Prohibited)]
    [InlineData("""{"purpose":"state_revenue","humanitarian_actor":"un_agency"}""", Decision.Prohibited)]
    [InlineData("""{"purpose":"commercial","humanitarian_actor":"ngo","committee_approval":{"id":"H1"}}""", Decision.Prohibited)]
    public void GeneralHumanitarian_StatedNonHumanitarianPurpose_DoesNotApply(string facts, Decision expected)
    {
        var answer = Engine.Trade("2018-06-01", "from_dprk", "6110.20", facts);
        Assert.Equal(expected, answer.Decision);
        Assert.Equal(expected != Decision.Prohibited, answer.Cites("2397", "25"));
        if (expected == Decision.Prohibited) Assert.Contains("EX-GEN-HUMANITARIAN does not apply", answer.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Diplomatic_BannedGoodsForMission_RequireApproval() =>
        Assert.Equal(Decision.RequiresCommitteeApproval, Engine.Evaluate("""
            {"id":"D","date":"2018-06-01","activity":"trade","direction":"to_dprk","goods":[{"hs":"8703.23","description":"car"}],
             "parties":[{"name":"Embassy","role":"consignee","type":"diplomatic_mission","country":"SE","designated":false}],"facts":{"purpose":"diplomatic"}}
            """).Decision);

    // Banned goods destined to a mission (digest EX-GEN-DIPLOMATIC): the mission is their buyer, consignee or end user.
    // A DPRK embassy selling DPRK coal, or shipping goods out, is not a supply to a mission.
    [Theory]
    [InlineData("from_dprk", "2701.12", "seller", Decision.Prohibited)]
    [InlineData("from_dprk", "2701.12", "shipper", Decision.Prohibited)]
    [InlineData("to_dprk", "8703.23", "buyer", Decision.RequiresCommitteeApproval)]
    [InlineData("to_dprk", "8703.23", "end_user", Decision.RequiresCommitteeApproval)]
    public void Diplomatic_OnlyGoodsDestinedToTheMission(string direction, string hs, string role, Decision expected)
    {
        var answer = Engine.Evaluate($$"""
            {"id":"D","date":"2018-03-01","activity":"trade","direction":"{{direction}}","goods":[{"hs":"{{hs}}","description":"goods"}],
             "parties":[{"name":"Embassy","role":"{{role}}","type":"diplomatic_mission","country":"KP","designated":false}],"facts":{} }
            """);
        Assert.Equal(expected, answer.Decision);
        Assert.Equal(expected == Decision.RequiresCommitteeApproval ? "EX-GEN-DIPLOMATIC" : null, answer.Exemption);
    }

    [Fact]
    public void UnverifiedApprovalRoute_IsRecordedButNotApplied()
    {
        var answer = Engine.Trade("2017-01-15", "from_dprk", "9703.10");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.Contains("EX-2321-29 is recorded but not applied", answer.Explanation, StringComparison.Ordinal);
        Assert.Contains("open_question:OQ-07", answer.Flags);
    }

    [Theory]
    // 2371 op6 excepts an emergency and a return to the port of origin from the port-entry ban on designated vessels;
    // the same entry is then neither the 2270 op22-23 ban's nor a dealing in the vessel as a frozen resource.
    [InlineData("2018-04-01", """{"emergency":true}""", Decision.PermittedWithExemption)]
    [InlineData("2018-04-01", """{"return_to_port_of_origin":true}""", Decision.PermittedWithExemption)]
    [InlineData("2018-04-01", "{}", Decision.Prohibited)]
    [InlineData("2017-06-01", """{"emergency":true}""", Decision.Prohibited)] // before 2371: 2270 op22 has no such exception
    public void DesignatedVessel_PortEntry_2371_6Exceptions(string date, string facts, Decision expected)
    {
        var answer = Engine.Activity(date, "vessel_service", "port_entry", facts, extra: "\"vessel\":{\"designated\":true}");
        Assert.Equal(expected, answer.Decision);
        if (expected == Decision.PermittedWithExemption) Assert.True(answer.Cites("2371", "6"));
    }

    [Theory]
    [InlineData("""{"emergency":true,"reasonable_grounds_prohibited_cargo":true}""", Decision.PermittedWithExemption)]
    [InlineData("""{"reasonable_grounds_prohibited_cargo":true}""", Decision.Prohibited)]
    public void SuspectAircraft_EmergencyLanding_2270_21(string facts, Decision expected)
    {
        var answer = Engine.Activity("2018-04-01", "aviation_service", "landing", facts, extra: "\"aircraft\":{\"operator\":\"Air Koryo\",\"use\":\"civil_cargo\"}");
        Assert.Equal(expected, answer.Decision);
        Assert.True(answer.Cites("2270", "21"));
    }

    [Theory]
    // "Russian coal supplies to third countries via the Rajin-Khasan rail/port project" (digest): not rails, machinery or
    // steel supplied to the DPRK itself, whatever the project fact says.
    [InlineData("7302.10", "to_dprk", "KP", "RU", Decision.Prohibited)]
    [InlineData("8429.52", "to_dprk", "KP", "CN", Decision.Prohibited)]
    [InlineData("2701.12", "transit_via_dprk", "CN", "RU", Decision.PermittedWithExemption)]
    public void RajinKhasanClause_RussianCoalToThirdCountriesOnly(string hs, string direction, string destination, string origin, Decision expected)
    {
        var answer = Engine.Evaluate($$$"""
            {"id":"R","date":"2018-03-01","activity":"trade","direction":"{{{direction}}}","destination":"{{{destination}}}",
             "goods":[{"hs":"{{{hs}}}","description":"goods","quantity":100,"unit":"t","origin":"{{{origin}}}"}],"parties":[],
             "facts":{"project":"rajin_khasan","rajin_transit_export":true,"non_dprk_origin_confirmed":true,"committee_notified_in_advance":true}}
            """);
        Assert.Equal(expected, answer.Decision);
        Assert.Equal(expected == Decision.PermittedWithExemption, answer.Basis.Any(b => b.Resolution == "2397" && b.Paragraph is null));
    }

    [Theory]
    // covers lists {hs, quantity, unit}: one new helicopter approved is not two (CHECK-FORMAT §1.5).
    [InlineData(1, Decision.PermittedWithExemption)]
    [InlineData(2, Decision.RequiresCommitteeApproval)]
    public void CommitteeApproval_QuantityApproved_NotExceeded(int helicopters, Decision expected)
    {
        var answer = Engine.Trade("2017-03-01", "to_dprk", "8802.12",
            """{"committee_approval":{"id":"A","granted_on":"2017-01-01","valid_until":"2017-12-31","covers":[{"hs":"8802","quantity":1,"unit":"unit"}]}}""",
            good: "\"condition\":\"new\",\"quantity\":" + helicopters.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"unit\":\"unit\"");
        Assert.Equal(expected, answer.Decision);
    }

    [Fact]
    public void DesignatedGovernmentBody_HumanitarianDelivery_2664ReachesThe2270Op32Freeze()
    {
        const string check = """
            {"id":"C","date":"2023-03-01","activity":"trade","direction":"to_dprk","destination":"KP",
             "goods":[{"hs":"3004.90","description":"essential medicines","quantity":2,"unit":"t"}],
             "parties":[{"name":"UNICEF","role":"shipper","type":"un_agency"},{"name":"a ministry","role":"consignee","country":"KP","type":"government_body","designated":true}],
             "facts":{"purpose":"humanitarian","humanitarian_actor":"un_agency"}}
            """;
        var answer = Engine.Evaluate(check);
        Assert.Equal(Decision.PermittedWithExemption, answer.Decision);
        Assert.True(answer.Cites("2664", "1"));
        Assert.Equal(Decision.RequiresCommitteeApproval, Engine.Evaluate(check.Replace("2023-03-01", "2022-12-08", StringComparison.Ordinal)).Decision);
    }

    [Fact]
    public void CapCondition_NotReported_Prohibited() =>
        Assert.Equal(Decision.Prohibited,
            Engine.Trade("2018-05-01", "to_dprk", "2710.19", """{"purpose":"livelihood","reported_to_committee":false}""", good: "\"category\":\"refined_petroleum\"").Decision);

    [Fact]
    public void CapCondition_ReportingNotEstablished_ListedAsCondition()
    {
        var answer = Engine.Trade("2018-05-01", "to_dprk", "2710.19", """{"purpose":"livelihood"}""", good: "\"category\":\"refined_petroleum\"");
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Contains(answer.Cap!.Conditions, c => c.Contains("every 30 days", StringComparison.Ordinal));
    }

    // Goods of one measure that no single exemption covers together are each decided by their own exemption, and the
    // measure decides the most restrictive of their outcomes (CHECK-FORMAT §2, §4): coal under the capped livelihood
    // exemption with iron under EX-2321-26b is cap_applies, never prohibited (review 3, N002 and M022).
    private static Answer CoalWithIron(string ironHs, string ironDescription, string facts, string context = "{}", double coal = 30000) =>
        Engine.Evaluate($$"""
            {"id":"T","date":"2017-03-01","activity":"trade","direction":"from_dprk","destination":"CN",
             "goods":[{"hs":"2701.12","description":"anthracite coal","quantity":{{coal}},"unit":"t","origin":"KP"},
                      {"hs":"{{ironHs}}","description":"{{ironDescription}}","quantity":5000,"unit":"t","origin":"KP"}],
             "parties":[],"facts":{{facts}},"context":{{context}}}
            """);

    private const string LivelihoodDetermined = """{"purpose":"livelihood","state_determination":true}""";

    [Theory]
    [InlineData("7201.10", "pig iron")]
    [InlineData("2601.11", "iron ore")]
    public void CoalAndIron2321_26_EachUnderItsOwnExemption_CapApplies(string ironHs, string ironDescription)
    {
        var answer = CoalWithIron(ironHs, ironDescription, LivelihoodDetermined);
        Assert.Equal(Decision.CapApplies, answer.Decision);
        Assert.Equal("EX-2321-26c-COAL-LIVELIHOOD", answer.Exemption);
        Assert.True(answer.Cites("2321", "26"), string.Join(", ", answer.Basis));
        Assert.True(answer.Cites("2321", "26(b)"), string.Join(", ", answer.Basis));
        Assert.Contains("'anthracite coal' (2701.12), cap_applies", answer.Explanation, StringComparison.Ordinal);
        Assert.Contains($"'{ironDescription}' ({ironHs}), permitted_with_exemption: M-2321-26 applies, but EX-2321-26b-IRON covers it", answer.Explanation, StringComparison.Ordinal);

        // The cap reported is the one the coal alone gets.
        var coalAlone = Engine.Trade("2017-03-01", "from_dprk", "2701.12", LivelihoodDetermined, good: "\"quantity\":30000,\"unit\":\"t\",\"origin\":\"KP\"");
        Assert.Equal(Decision.CapApplies, coalAlone.Decision);
        Assert.Equal(coalAlone.Cap! with { Conditions = [] }, answer.Cap! with { Conditions = [] });
        Assert.Equal<string>([.. coalAlone.Cap.Conditions], [.. answer.Cap.Conditions]);
    }

    // The coal cap counts the coal, not the iron beside it: 32,000 t remain, the coal is 30,000 t and the iron 5,000 t.
    [Theory]
    [InlineData(7468000, Decision.CapApplies)]
    [InlineData(7480000, Decision.Prohibited)] // 20,000 t remain: the coal alone exceeds them
    public void CoalAndIron2321_26_CapCountsTheCoalOnly(double used, Decision expected)
    {
        var answer = CoalWithIron("7201.10", "pig iron", LivelihoodDetermined,
            $$"""{"cap_used": {"CAP-COAL-ANNUAL": {"quantity": {{used}}, "unit": "t"} } }""");
        Assert.Equal(expected, answer.Decision);
        if (expected == Decision.CapApplies) Assert.Equal(7500000 - used, answer.Cap!.RemainingQuantity);
    }

    // Two coal lines decided one by one still share the cap: 20,000 t remain and each line is 15,000 t.
    [Fact]
    public void TwoCoalLinesAndIron2321_26_ShareTheCap_Prohibited()
    {
        var answer = Engine.Evaluate("""
            {"id":"T","date":"2017-03-01","activity":"trade","direction":"from_dprk","destination":"CN",
             "goods":[{"hs":"2701.12","description":"anthracite coal","quantity":15000,"unit":"t","origin":"KP"},
                      {"hs":"2701.19","description":"other coal","quantity":15000,"unit":"t","origin":"KP"},
                      {"hs":"7201.10","description":"pig iron","quantity":5000,"unit":"t","origin":"KP"}],
             "parties":[],"facts":{"purpose":"livelihood","state_determination":true},
             "context":{"cap_used":{"CAP-COAL-ANNUAL":{"quantity":7480000,"unit":"t"}}}}
            """);
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.Null(answer.Cap);
    }

    // Control: the iron without the State's determination has no exemption, so the measure still prohibits.
    [Fact]
    public void CoalAndIron2321_26_IronNotExempt_Prohibited()
    {
        var answer = CoalWithIron("7201.10", "pig iron", """{"purpose":"livelihood"}""");
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.Null(answer.Exemption);
        Assert.Null(answer.Cap);
        Assert.True(answer.Cites("2321", "26"), string.Join(", ", answer.Basis));
    }

    private static Answer BrakesAndPump(string covers) =>
        Engine.Evaluate($$"""
            {"id":"T","date":"2018-06-01","activity":"trade","direction":"to_dprk","destination":"KP",
             "goods":[{"hs":"8803.30","description":"aircraft brakes","quantity":1,"unit":"set","origin":"RU","category":"aircraft_parts"},
                      {"hs":"8413.70","description":"water pump","quantity":10,"unit":"unit","origin":"CN"}],
             "parties":[],"aircraft":{"model":"Tu-204","operator":"Air Koryo","use":"civil_passenger","in_service":true},
             "facts":{"purpose":"humanitarian","humanitarian_actor":"un_agency","committee_approval":{"id":"H-2018-7","covers":[{"hs":"{{covers}}"}]} } }
            """);

    // Review 3, N001: the brakes fall under the 2397 op7 spare-parts carve-out, the pump under the approval that covers
    // it (EX-GEN-HUMANITARIAN); the approval need not cover the brakes.
    [Fact]
    public void BrakesAndPump2397_7_CarveOutAndApproval_PermittedWithExemption()
    {
        var answer = BrakesAndPump("8413.70");
        Assert.Equal(Decision.PermittedWithExemption, answer.Decision);
        Assert.Equal("EX-2397-7-AIRCRAFT", answer.Exemption);
        Assert.True(answer.Cites("2397", "7"), string.Join(", ", answer.Basis));
        Assert.Contains("'aircraft brakes' (8803.30), permitted_with_exemption: M-2397-7 applies, but EX-2397-7-AIRCRAFT covers it", answer.Explanation, StringComparison.Ordinal);
        Assert.Contains("'water pump' (8413.70), permitted_with_exemption: M-2397-7 applies, but the Committee approval held (H-2018-7) covers it under EX-GEN-HUMANITARIAN", answer.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("does not cover the goods", answer.Explanation, StringComparison.Ordinal);
    }

    // Control: an approval that misses the pump leaves it on the Committee route.
    [Fact]
    public void BrakesAndPump2397_7_ApprovalMissesThePump_RequiresCommitteeApproval()
    {
        var answer = BrakesAndPump("8481.80");
        Assert.Equal(Decision.RequiresCommitteeApproval, answer.Decision);
        Assert.Equal("EX-GEN-HUMANITARIAN", answer.Exemption);
    }
}
