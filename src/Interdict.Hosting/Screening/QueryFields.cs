using System.Globalization;
using Interdict.Core;
using Interdict.Core.Lists;

namespace Interdict.Hosting.Screening;

/// <summary>Reads the optional fields of a screening query (type, date of birth) from text, for the command line,
/// CSV rows and HTTP requests alike.</summary>
public static class QueryFields
{
    /// <summary>The longest name screened, in characters. The longest name on the lists has under 300; a longer text
    /// is not a name, and the scorer's work grows with its square (a 1 MB "name" took 844 MB).</summary>
    public const int MaxNameLength = 1000;

    /// <summary>Reads a name to screen: not blank, at most <see cref="MaxNameLength"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The name, trimmed.</param>
    /// <param name="error">Why the text is not a usable name, or null.</param>
    /// <returns>True when usable.</returns>
    public static bool TryParseName(string? text, out string? name, out string? error)
    {
        name = text?.Trim();
        error = null;
        if (string.IsNullOrEmpty(name)) error = "the name is empty";
        else if (name.Length > MaxNameLength) error = string.Create(CultureInfo.InvariantCulture, $"the name has {name.Length:N0} characters (at most {MaxNameLength:N0})");
        if (error is null) return true;
        name = null;
        return false;
    }

    /// <summary>Reads a nationality or country: a country name or ISO 3166 code; empty means none.</summary>
    /// <param name="text">The text.</param>
    /// <param name="country">The text trimmed, when it names a country; otherwise null.</param>
    /// <param name="error">Why the text is not a country, or null.</param>
    /// <returns>True when read (or empty).</returns>
    public static bool TryParseCountry(string? text, out string? country, out string? error)
    {
        country = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Countries.ToIsoCode(text) is null)
        {
            error = $"'{Shorten(text)}' is not a country name or ISO 3166 code";
            return false;
        }
        country = text.Trim();
        return true;
    }

    /// <summary>Text quoted in a message, cut at 60 characters: a warning must not repeat a megabyte field.</summary>
    /// <param name="text">The text.</param>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
    }

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
        error = $"type '{Shorten(text ?? "")}' is not one of person, organization, vessel, aircraft";
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
        error = $"date of birth '{Shorten(text)}' is not YYYY, YYYY-MM or YYYY-MM-DD";
        return false;
    }
}
