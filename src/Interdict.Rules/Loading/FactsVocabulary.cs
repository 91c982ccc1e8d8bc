using System.Collections.Frozen;
using Interdict.Rules.Checks;

namespace Interdict.Rules.Loading;

/// <summary>The facts and check paths a rulebook condition may name (CHECK-FORMAT §1.5 and the check fields).</summary>
public static class FactsVocabulary
{
    /// <summary>The 32 facts of the vocabulary.</summary>
    public static readonly FrozenSet<string> Facts = FrozenSet.ToFrozenSet(
    [
        "purpose", "state_determination", "revenue_for_prohibited_programmes", "contributes_to_prohibited_programmes",
        "catch_all_determination", "committee_notified_in_advance", "committee_notice_days", "committee_notification_date",
        "reported_to_committee", "committee_approval", "committee_request_denied_on", "committee_objected",
        "humanitarian_actor", "non_dprk_origin_confirmed", "rajin_transit_export", "contract_concluded_on", "existing_since",
        "exceeds_work_authorization_baseline", "worker_count", "worker_is_host_state_national", "repatriation_barred_by_law",
        "fuel_only_for_flight_to_dprk_and_return", "ship_to_ship_transfer", "emergency", "return_to_port_of_origin",
        "reasonable_grounds_prohibited_cargo", "cargo_inspected", "field", "project", "public_support",
        "mission_accounts_held", "expulsion_exception",
    ], StringComparer.Ordinal);

    /// <summary>Check fields a condition may name besides the facts.</summary>
    public static readonly FrozenSet<string> Paths = FrozenSet.ToFrozenSet(
    [
        "date", "activity", "action", "direction", "location", "destination",
        "vessel.flag", "vessel.designated", "vessel.dprk_controlled",
        "aircraft.use", "aircraft.in_service", "aircraft.model", "aircraft.operator",
        "party.type", "party.country", "party.role", "goods.origin",
    ], StringComparer.Ordinal);

    /// <summary>Activities of CHECK-FORMAT §1.</summary>
    public static readonly FrozenSet<string> Activities = FrozenSet.ToFrozenSet(
        ["trade", "financial", "joint_venture", "workers", "vessel_service", "aviation_service", "travel", "training",
         "sci_tech_cooperation", "diplomatic", "other"], StringComparer.Ordinal);

    /// <summary>Directions of CHECK-FORMAT §1.</summary>
    public static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["to_dprk", "from_dprk", "transit_via_dprk", "both", "none"], StringComparer.Ordinal);

    /// <summary>Goods categories of CHECK-FORMAT §1.2.</summary>
    public static readonly FrozenSet<string> Categories = FrozenSet.ToFrozenSet(
        ["aviation_fuel", "refined_petroleum", "crude_oil", "condensate", "ngl", "salw", "heavy_arms", "wmd_item",
         "aircraft_parts", "fishing_rights"], StringComparer.Ordinal);

    /// <summary>The kind of value each fact of <see cref="Facts"/> takes (CHECK-FORMAT §1.5); a check giving another kind is refused.</summary>
    public static readonly FrozenDictionary<string, FactKind> FactKinds = new Dictionary<string, FactKind>(StringComparer.Ordinal)
    {
        ["purpose"] = FactKind.Text, ["catch_all_determination"] = FactKind.Text, ["humanitarian_actor"] = FactKind.Text,
        ["field"] = FactKind.Text, ["project"] = FactKind.Text, ["expulsion_exception"] = FactKind.Text,
        ["committee_notice_days"] = FactKind.Number, ["worker_count"] = FactKind.Number, ["mission_accounts_held"] = FactKind.Number,
        ["committee_notification_date"] = FactKind.Date, ["committee_request_denied_on"] = FactKind.Date,
        ["contract_concluded_on"] = FactKind.Date, ["existing_since"] = FactKind.Date,
        ["committee_approval"] = FactKind.Object,
        ["state_determination"] = FactKind.Boolean, ["revenue_for_prohibited_programmes"] = FactKind.Boolean,
        ["contributes_to_prohibited_programmes"] = FactKind.Boolean, ["committee_notified_in_advance"] = FactKind.Boolean,
        ["reported_to_committee"] = FactKind.Boolean, ["committee_objected"] = FactKind.Boolean,
        ["non_dprk_origin_confirmed"] = FactKind.Boolean, ["rajin_transit_export"] = FactKind.Boolean,
        ["exceeds_work_authorization_baseline"] = FactKind.Boolean, ["worker_is_host_state_national"] = FactKind.Boolean,
        ["repatriation_barred_by_law"] = FactKind.Boolean, ["fuel_only_for_flight_to_dprk_and_return"] = FactKind.Boolean,
        ["ship_to_ship_transfer"] = FactKind.Boolean, ["emergency"] = FactKind.Boolean, ["return_to_port_of_origin"] = FactKind.Boolean,
        ["reasonable_grounds_prohibited_cargo"] = FactKind.Boolean, ["cargo_inspected"] = FactKind.Boolean, ["public_support"] = FactKind.Boolean,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The allowed values of every enum of the check format — facts (§1.5) and fields (<c>goods.unit</c>,
    /// <c>parties.role</c> …) — so that a value outside them is refused with the list, not read as "none".</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Enums = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["purpose"] = ["livelihood", "humanitarian", "basic_human_needs", "diplomatic", "commercial", "state_revenue", "wmd_programme",
            "military", "religious", "medical", "development", "denuclearization", "research", "basic_expenses", "extraordinary_expenses", "other"],
        ["catch_all_determination"] = ["wmd", "military"],
        ["humanitarian_actor"] = ["un_agency", "listed_org", "implementing_partner", "ngo", "state", "other", "none"],
        ["field"] = ["nuclear_science", "aerospace_engineering", "aeronautical_engineering", "advanced_manufacturing", "advanced_physics",
            "computer_simulation", "geospatial_navigation", "advanced_materials", "chemical_engineering", "mechanical_engineering",
            "electrical_engineering", "industrial_engineering", "medical", "other"],
        ["project"] = ["rajin_khasan", "china_dprk_hydropower", "inter_korean_rail_road", "public_utility_non_commercial", "other"],
        ["expulsion_exception"] = ["judicial_process", "medical", "safety", "humanitarian"],
        ["goods.category"] = ["aviation_fuel", "refined_petroleum", "crude_oil", "condensate", "ngl", "salw", "heavy_arms", "wmd_item",
            "aircraft_parts", "fishing_rights"],
        ["goods.condition"] = ["new", "used"],
        ["goods.unit"] = ["t", "kg", "bbl", "l", "m2", "m3", "unit", "set"],
        // "other" is not in the format's table but a labelled case uses it, and it is as meaningful as a party type "other".
        ["parties.role"] = ["seller", "buyer", "shipper", "consignee", "end_user", "broker", "bank", "insurer", "payer", "payee",
            "account_holder", "courier", "employer", "worker", "owner", "operator", "charterer", "lessee", "partner", "traveller", "other"],
        ["parties.type"] = ["company", "state_enterprise", "bank", "government_body", "diplomatic_mission", "individual", "un_agency", "ngo", "other"],
        ["aircraft.use"] = ["civil_passenger", "civil_cargo", "military", "other"],
        ["port.role"] = ["loading", "discharge", "call", "uplift"],
        ["transport"] = ["sea", "rail", "road", "air", "pipeline"],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The actions of each activity (CHECK-FORMAT §1.1); an activity absent here takes none.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Actions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["financial"] = ["payment", "bulk_cash", "asset_transfer", "open_account", "open_correspondent_relationship", "open_office_in_dprk",
            "dprk_bank_office", "trade_finance", "grant_or_loan"],
        ["joint_venture"] = ["open", "expand", "maintain"],
        ["workers"] = ["new_work_authorization", "employ"],
        ["vessel_service"] = ["insurance", "flag_registration", "classification", "charter", "lease", "crew_services", "port_entry", "bunkering"],
        ["aviation_service"] = ["lease", "charter", "crew_services", "landing", "overflight", "fuel_supply"],
        ["travel"] = ["entry", "transit"],
        ["training"] = ["military_training", "specialised_teaching"],
        ["sci_tech_cooperation"] = ["cooperation"],
        ["diplomatic"] = ["commercial_use_of_mission_property", "professional_activity", "mission_staffing"],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>True when a condition may name <paramref name="name"/>.</summary>
    public static bool IsKnown(string name) => Facts.Contains(name) || Paths.Contains(name);
}
