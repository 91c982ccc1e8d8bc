using System.Collections.Frozen;

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

    /// <summary>True when a condition may name <paramref name="name"/>.</summary>
    public static bool IsKnown(string name) => Facts.Contains(name) || Paths.Contains(name);
}
