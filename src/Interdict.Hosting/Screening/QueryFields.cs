using Interdict.Core.Lists;

namespace Interdict.Hosting.Screening;

/// <summary>Reads the optional fields of a screening query (type, date of birth) from text, for the command line,
/// CSV rows and HTTP requests alike.</summary>
public static class QueryFields
{
    /// <summary>Reads a party type.</summary>
    /// <param name="text">person, organization (organisation, entity, company), vessel (ship), aircraft; empty means unknown.</param>
    /// <param name="kind">The kind read.</param>
    /// <param name="error">Why the text is not a type, or null.</param>
    /// <returns>True when read.</returns>
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

    /// <summary>Reads a date of birth: YYYY, YYYY-MM or YYYY-MM-DD; empty means none.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read, or null.</param>
    /// <param name="error">Why the text is not a date, or null.</param>
    /// <returns>True when read (or empty).</returns>
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
