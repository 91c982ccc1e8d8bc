using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Interdict.Server.Console;

/// <summary>The one table of words the console shows for the engine's codes (<c>from_dprk</c> → "from the DPRK"):
/// every page reads its labels here, through <see cref="Label"/>, which keeps the code in a tooltip. The API and the
/// audit trail keep the codes; only what an analyst reads changes.</summary>
static class Labels
{
    static readonly FrozenDictionary<string, string> Table = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Decisions of a check.
        ["permitted"] = "permitted",
        ["permitted_with_exemption"] = "permitted under an exemption",
        ["cap_applies"] = "cap applies",
        ["requires_committee_approval"] = "needs the Committee's approval",
        ["prohibited"] = "prohibited",
        // Flags of a check (the engine's and the rulebook's).
        ["screening_hit_not_decisive"] = "name hit, not decisive — review",
        ["party_type_differs_from_list"] = "party type differs from the list — review",
        ["hs_review"] = "HS code needs review",
        ["cap_headroom_unverified"] = "cap headroom not verified",
        ["catch_all_review"] = "catch-all control — review",
        ["deregistration_call_upon"] = "states called upon to deregister",
        ["dprk_bank_call_upon"] = "states called upon to close DPRK banks",
        ["financial_wmd_risk"] = "financial WMD risk",
        ["grants_and_loans_call_upon"] = "states called upon to stop grants and loans",
        ["inspection_cooperation"] = "cooperate in inspections",
        ["inspection_required"] = "inspection required",
        ["mission_staff_call_upon"] = "states called upon to limit mission staff",
        ["trade_finance_call_upon"] = "states called upon to stop trade finance",
        ["vessel_liable_to_seizure"] = "vessel liable to seizure",
        // Directions.
        ["to_dprk"] = "to the DPRK",
        ["from_dprk"] = "from the DPRK",
        ["transit_via_dprk"] = "in transit via the DPRK",
        ["both"] = "both ways",
        ["none"] = "none",
        // Activities.
        ["trade"] = "trade",
        ["financial"] = "financial service",
        ["joint_venture"] = "joint venture",
        ["workers"] = "workers",
        ["vessel_service"] = "vessel service",
        ["aviation_service"] = "aviation service",
        ["travel"] = "travel",
        ["training"] = "training",
        ["sci_tech_cooperation"] = "scientific and technical cooperation",
        ["diplomatic"] = "diplomatic",
        ["other"] = "other",
        // Purposes and party roles.
        ["livelihood"] = "livelihood",
        ["humanitarian"] = "humanitarian",
        ["basic_human_needs"] = "basic human needs",
        ["commercial"] = "commercial",
        ["state_revenue"] = "state revenue",
        ["wmd_programme"] = "WMD programme",
        ["military"] = "military",
        ["medical"] = "medical",
        ["development"] = "development",
        ["research"] = "research",
        ["end_user"] = "end user",
        // Scenarios and proposal statuses, proposal changes.
        ["in_force"] = "in force",
        ["not_adopted"] = "not adopted",
        ["lift"] = "lift",
        ["exempt"] = "exempt",
        // Kinds of measure (the regime timeline's groups).
        ["arms_embargo"] = "arms embargo",
        ["asset_freeze"] = "asset freeze",
        ["aviation"] = "aviation",
        ["designation"] = "designations",
        ["export_ban_from_dprk"] = "bans on exports from the DPRK",
        ["financial_services"] = "financial services",
        ["import_ban_to_dprk"] = "bans on supplies to the DPRK",
        ["inspection"] = "inspections",
        ["luxury_goods"] = "luxury goods",
        ["quantity_cap"] = "quantity caps",
        ["travel_ban"] = "travel ban",
        ["vessel"] = "vessels",
        ["wmd_items"] = "WMD items",
        // Alert states, origins and outcomes.
        ["open"] = "open",
        ["proposed"] = "proposed",
        ["confirmed_true_match"] = "confirmed true match",
        ["confirmed_false_positive"] = "confirmed false positive",
        ["entry_delisted"] = "entry delisted",
        ["true_match"] = "true match",
        ["false_positive"] = "false positive",
        ["screening"] = "screening",
        ["list_update"] = "list update",
        ["full_rescreen"] = "full rescreen",
        // Payment outcomes, payment alert states and decisions.
        ["pass"] = "pass",
        ["review"] = "to review",
        ["hold"] = "held",
        ["release"] = "release",
        ["reject"] = "reject",
        ["released"] = "released",
        ["rejected"] = "rejected",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code the table labels.</summary>
    public static IEnumerable<string> Codes => Table.Keys;

    /// <summary>True when the table labels <paramref name="code"/>.</summary>
    public static bool Has(string code) => Table.ContainsKey(code);

    /// <summary>The label of a code; a code missing from the table reads with spaces for underscores, never raw.</summary>
    public static string Of(string code) => Table.TryGetValue(code, out var label) ? label : code.Replace('_', ' ');

    /// <summary>The label of an enum value, by its snake_case code (<c>AlertState.ConfirmedTrueMatch</c>).</summary>
    public static string Of(Enum value) => Of(Code(value));

    /// <summary>An enum value's code as the API writes it (<c>confirmed_true_match</c>).</summary>
    public static string Code(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>A stored note with the enum names the core writes into it (<c>proposed TrueMatch: …</c>) in their
    /// labels: notes are text kept as written, so the console reads them rather than changing what is stored.</summary>
    public static string Note(string note, params Type[] enums)
    {
        foreach (var type in enums)
        {
            foreach (var value in Enum.GetValues(type).Cast<Enum>())
            {
                var name = value.ToString();
                if (note.Contains(name, StringComparison.Ordinal))
                    note = Regex.Replace(note, $@"\b{name}\b", Of(value));
            }
        }
        return note;
    }
}
