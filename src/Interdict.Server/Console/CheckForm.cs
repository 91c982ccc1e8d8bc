using System.Globalization;
using System.Text.Json;
using Interdict.Hosting.Audit;

namespace Interdict.Server.Console;

/// <summary>The check page's form: the fields a trade desk fills in, written as a CHECK-FORMAT check (the JSON body of
/// <c>POST /v1/check</c>) so the page's answer comes from the very reader and evaluator the API uses.</summary>
/// <remarks>Tri-state facts: empty means "not established" and is left out, as CHECK-FORMAT requires.</remarks>
sealed class CheckForm
{
    public string? Date { get; set; } = "2017-03-01";
    public string? Scenario { get; set; } = "in_force";
    public string? Activity { get; set; } = "trade";
    public string? Direction { get; set; } = "from_dprk";
    public string? Hs { get; set; }
    public string? Description { get; set; }
    public string? Quantity { get; set; }
    public string? Unit { get; set; } = "t";
    public string? ValueUsd { get; set; }
    public string? Origin { get; set; }
    public string? PartyName { get; set; }
    public string? PartyRole { get; set; } = "seller";
    public string? PartyCountry { get; set; }
    public string? VesselName { get; set; }
    public string? VesselImo { get; set; }
    public string? VesselFlag { get; set; }
    public string? VesselDesignated { get; set; }
    public string? Purpose { get; set; }
    public string? ReportedToCommittee { get; set; }
    public string? StateDetermination { get; set; }
    public string? RevenueForProhibitedProgrammes { get; set; }
    public string? NonDprkOriginConfirmed { get; set; }
    public string? RajinTransitExport { get; set; }
    public string? CommitteeNotifiedInAdvance { get; set; }
    public string? CompareDate { get; set; }
    public string? CompareScenario { get; set; }

    public static readonly string[] Activities = ["trade", "financial", "joint_venture", "workers", "vessel_service", "aviation_service", "travel", "training", "sci_tech_cooperation", "diplomatic", "other"];
    public static readonly string[] Directions = ["to_dprk", "from_dprk", "transit_via_dprk", "both", "none"];
    public static readonly string[] Units = ["t", "kg", "bbl", "l", "m2", "m3", "unit", "set"];
    public static readonly string[] Roles = ["seller", "buyer", "shipper", "consignee", "end_user", "broker", "bank", "insurer", "payer", "payee", "owner", "operator", "charterer"];
    public static readonly string[] Purposes = ["livelihood", "humanitarian", "basic_human_needs", "diplomatic", "commercial", "state_revenue", "wmd_programme", "military", "medical", "development", "research", "other"];

    /// <summary>True when a second column was asked for (another date or scenario).</summary>
    public bool Compares => !string.IsNullOrWhiteSpace(CompareDate) || !string.IsNullOrWhiteSpace(CompareScenario);

    /// <summary>The check as CHECK-FORMAT JSON; <paramref name="compare"/> takes the other date and scenario.</summary>
    public JsonElement ToCheck(string id, bool compare)
    {
        var date = compare && !string.IsNullOrWhiteSpace(CompareDate) ? CompareDate : Date;
        var scenario = compare && !string.IsNullOrWhiteSpace(CompareScenario) ? CompareScenario : Scenario;
        var text = AuditJson.Of(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            Text(json, "date", date);
            Text(json, "scenario", scenario);
            Text(json, "activity", Activity);
            Text(json, "direction", Direction);
            if (!string.IsNullOrWhiteSpace(Hs) || !string.IsNullOrWhiteSpace(Description))
            {
                json.WriteStartArray("goods");
                json.WriteStartObject();
                if (string.IsNullOrWhiteSpace(Hs)) json.WriteNull("hs"); else json.WriteString("hs", Hs.Trim());
                json.WriteString("description", string.IsNullOrWhiteSpace(Description) ? Hs!.Trim() : Description.Trim());
                Number(json, "quantity", Quantity);
                if (!string.IsNullOrWhiteSpace(Quantity)) Text(json, "unit", Unit);
                Number(json, "value_usd", ValueUsd);
                Text(json, "origin", Origin?.ToUpperInvariant());
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteStartArray("parties");
            if (!string.IsNullOrWhiteSpace(PartyName))
            {
                json.WriteStartObject();
                json.WriteString("name", PartyName.Trim());
                Text(json, "role", PartyRole);
                Text(json, "country", PartyCountry?.ToUpperInvariant());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (!string.IsNullOrWhiteSpace(VesselName) || !string.IsNullOrWhiteSpace(VesselImo))
            {
                json.WriteStartObject("vessel");
                Text(json, "name", VesselName);
                Text(json, "imo", VesselImo);
                Text(json, "flag", VesselFlag?.ToUpperInvariant());
                Fact(json, "designated", VesselDesignated);
                json.WriteEndObject();
            }
            json.WriteStartObject("facts");
            Text(json, "purpose", Purpose);
            Fact(json, "reported_to_committee", ReportedToCommittee);
            Fact(json, "state_determination", StateDetermination);
            Fact(json, "revenue_for_prohibited_programmes", RevenueForProhibitedProgrammes);
            Fact(json, "non_dprk_origin_confirmed", NonDprkOriginConfirmed);
            Fact(json, "rajin_transit_export", RajinTransitExport);
            Fact(json, "committee_notified_in_advance", CommitteeNotifiedInAdvance);
            json.WriteEndObject();
            json.WriteEndObject();
        });
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) json.WriteString(name, value.Trim());
    }

    /// <summary>A number as typed; text that is not a number is passed on as text so the check reader refuses it by name.</summary>
    static void Number(Utf8JsonWriter json, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) json.WriteNumber(name, number);
        else json.WriteString(name, value);
    }

    static void Fact(Utf8JsonWriter json, string name, string? value)
    {
        if (value == "true") json.WriteBoolean(name, true);
        else if (value == "false") json.WriteBoolean(name, false);
    }
}
