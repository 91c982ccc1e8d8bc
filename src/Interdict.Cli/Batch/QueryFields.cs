using Interdict.Core.Lists;

namespace Interdict.Cli.Batch;

/// <summary>Reads the optional fields of a screening query (type, date of birth) from text, for the command line and for CSV rows alike.</summary>
static class QueryFields
{
    public static bool TryParseKind(string? text, out PartyKind kind, out string? error)
    {
        error = null;
        kind = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "" or "unknown" or "any" => PartyKind.Unknown,
            "person" or "individual" => PartyKind.Person,
            "organization" or "organisation" or "entity" or "company" => PartyKind.Organization,
            "vessel" or "ship" => PartyKind.Vessel,
            "aircraft" => PartyKind.Aircraft,
            _ => (PartyKind)(-1),
        };
        if ((int)kind >= 0) return true;
        error = $"type '{text}' is not one of person, organization, vessel, aircraft";
        kind = PartyKind.Unknown;
        return false;
    }

    public static bool TryParseDateOfBirth(string? text, out PartialDate? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (PartialDate.TryParse(text, out var parsed))
        {
            date = parsed;
            return true;
        }
        error = $"date of birth '{text}' is not YYYY, YYYY-MM or YYYY-MM-DD";
        return false;
    }
}
