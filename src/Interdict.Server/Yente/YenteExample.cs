using System.Collections.Immutable;
using System.Text.Json;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Hosting.Screening;
using Interdict.Lists;

namespace Interdict.Server.Yente;

/// <summary>One query of yente's <c>POST /match</c>: an FtM example entity (<c>schema</c>, <c>properties</c>, optional
/// <c>id</c>) read into Interdict's screening inputs: names, dates of birth, a nationality or country, identifiers.</summary>
/// <param name="Id">The example's own id, echoed back.</param>
/// <param name="Schema">The FtM schema given.</param>
/// <param name="Kind">The party kind it screens as.</param>
/// <param name="Names">Every name to screen (name, alias, previousName, weakAlias, or first and last names joined).</param>
/// <param name="BirthDates">Dates of birth; empty when none.</param>
/// <param name="Country">The first nationality or country that names a country.</param>
/// <param name="Identifiers">IMO, BIC, MMSI, call sign, register and document numbers.</param>
/// <param name="Properties">The properties as read, country values as lower-case ISO codes (yente's cleaned echo).</param>
sealed record YenteExample(string? Id, string Schema, PartyKind Kind, IReadOnlyList<string> Names, IReadOnlyList<PartialDate> BirthDates,
    string? Country, ImmutableArray<Identifier> Identifiers, IReadOnlyList<KeyValuePair<string, string[]>> Properties)
{
    /// <summary>The FtM schemas of parties, and the kind each screens as (Thing and LegalEntity: any kind).</summary>
    public static readonly IReadOnlyDictionary<string, PartyKind> PartySchemas = new Dictionary<string, PartyKind>(StringComparer.Ordinal)
    {
        ["Thing"] = PartyKind.Unknown,
        ["LegalEntity"] = PartyKind.Unknown,
        ["Person"] = PartyKind.Person,
        ["Organization"] = PartyKind.Organization,
        ["Company"] = PartyKind.Organization,
        ["PublicBody"] = PartyKind.Organization,
        ["Vessel"] = PartyKind.Vessel,
        ["Airplane"] = PartyKind.Aircraft,
    };

    /// <summary>FtM schemas that exist but are not parties: known, so a search for them is answered (with nothing) rather
    /// than refused as a typo.</summary>
    public static readonly IReadOnlySet<string> OtherSchemas = new HashSet<string>(StringComparer.Ordinal)
    {
        "Address", "Sanction", "Ownership", "Directorship", "Family", "Associate", "UnknownLink", "Passport", "Identification",
        "Asset", "BankAccount", "CryptoWallet", "Security", "Vehicle", "RealEstate", "Position", "Occupancy", "Membership",
        "Employment", "Representation", "Payment", "Debt", "Contract", "ContractAward", "Document", "Article", "Event", "Note", "Mention",
    };

    /// <summary>Properties holding whole names, each screened.</summary>
    static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias"];

    /// <summary>Properties holding parts of a name, joined in this order when no whole name is given.</summary>
    static readonly string[] NamePartProperties = ["firstName", "secondName", "middleName", "fatherName", "lastName"];

    /// <summary>Properties whose values are countries (FtM type <c>country</c>): echoed as lower-case ISO codes.</summary>
    static readonly string[] CountryProperties = ["nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag", "birthCountry", "registrationCountry"];

    /// <summary>Identifier properties and the kind each is compared as (every kind is compared by its canonical value).</summary>
    static readonly (string Property, IdentifierKind Kind)[] IdentifierProperties =
    [
        ("imoNumber", IdentifierKind.Imo), ("swiftBic", IdentifierKind.SwiftBic), ("mmsi", IdentifierKind.Mmsi), ("callSign", IdentifierKind.CallSign),
        ("registrationNumber", IdentifierKind.Registration), ("idNumber", IdentifierKind.Registration), ("passportNumber", IdentifierKind.Registration),
        ("taxNumber", IdentifierKind.Registration), ("innCode", IdentifierKind.Registration), ("ogrnCode", IdentifierKind.Registration),
        ("leiCode", IdentifierKind.Registration), ("vatCode", IdentifierKind.Registration),
    ];

    /// <summary>The screening queries of this example: each name, with each date of birth (or none), the country and
    /// the identifiers. A listed party's score is the best over them.</summary>
    public IEnumerable<PartyQuery> Queries()
    {
        foreach (var name in Names)
        {
            if (BirthDates.Count == 0)
            {
                yield return new PartyQuery(name, Kind) { Nationality = Country, Identifiers = Identifiers };
                continue;
            }
            foreach (var birth in BirthDates) yield return new PartyQuery(name, Kind) { DateOfBirth = birth, Nationality = Country, Identifiers = Identifiers };
        }
    }

    /// <summary>Writes the example as yente echoes it back (<c>query</c>): id when given, schema, the properties read.</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        if (Id is not null) json.WriteString("id", Id);
        json.WriteString("schema", Schema);
        json.WriteStartObject("properties");
        foreach (var (name, values) in Properties)
        {
            json.WriteStartArray(name);
            foreach (var value in values) json.WriteStringValue(value);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Reads one example. A request that does not have yente's shape is 422 (as FastAPI answers it); a schema
    /// that is not a party, or an example without a name, is 400 (as yente answers "Cannot parse example entity").</summary>
    /// <param name="key">The query's key in <c>queries</c>, for messages.</param>
    /// <param name="element">The example.</param>
    /// <param name="example">The example read, or null.</param>
    /// <param name="error">The status and message, or null.</param>
    public static bool TryRead(string key, JsonElement element, out YenteExample? example, out (int Status, string Detail)? error)
    {
        example = null;
        error = null;
        if (element.ValueKind != JsonValueKind.Object) return Fail(422, $"queries.{key}: an example entity must be an object with schema and properties", out error);
        if (!element.TryGetProperty("schema", out var schemaElement) || schemaElement.ValueKind != JsonValueKind.String)
            return Fail(422, $"queries.{key}.schema: field required (an FtM schema: Person, Company, Organization, LegalEntity, Vessel…)", out error);
        if (!element.TryGetProperty("properties", out var propertiesElement) || propertiesElement.ValueKind != JsonValueKind.Object)
            return Fail(422, $"queries.{key}.properties: field required (an object of property names to values)", out error);
        string? id = null;
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind != JsonValueKind.String) return Fail(422, $"queries.{key}.id: must be a string", out error);
            id = idElement.GetString();
        }
        var properties = new List<KeyValuePair<string, string[]>>();
        foreach (var property in propertiesElement.EnumerateObject())
        {
            if (!TryValues(property.Value, out var values)) return Fail(422, $"queries.{key}.properties.{property.Name}: must be a string or a list of strings", out error);
            if (CountryProperties.Contains(property.Name, StringComparer.Ordinal))
            {
                values = [.. values.Select(v => FtmExport.CountryCode(v) ?? v)];
            }
            if (values.Length > 0) properties.Add(new(property.Name, values));
        }
        var schema = schemaElement.GetString()!;
        if (!PartySchemas.TryGetValue(schema, out var kind))
        {
            return Fail(400, OtherSchemas.Contains(schema)
                ? $"Cannot parse example entity: queries.{key}: schema {schema} is not a party; Interdict matches Person, Organization, Company, PublicBody, LegalEntity, Vessel, Airplane and Thing"
                : $"Cannot parse example entity: queries.{key}: invalid schema '{QueryFields.Shorten(schema)}'", out error);
        }
        string[] Get(string name) => properties.FirstOrDefault(p => p.Key == name).Value ?? [];

        var names = new List<string>();
        foreach (var property in NameProperties)
        {
            foreach (var value in Get(property)) AddName(names, value);
        }
        // Parts of a name only when no whole name is given: yente joins them the same way.
        if (names.Count == 0)
        {
            AddName(names, string.Join(' ', NamePartProperties.SelectMany(Get)));
        }
        if (names.Count == 0) return Fail(400, $"Cannot parse example entity: queries.{key}: the example has no name (name, alias, or firstName and lastName)", out error);
        foreach (var name in names)
        {
            if (!QueryFields.TryParseName(name, out _, out var nameError)) return Fail(400, $"Cannot parse example entity: queries.{key}.properties.name: {nameError}", out error);
        }
        var births = new List<PartialDate>();
        foreach (var text in Get("birthDate"))
        {
            // FtM dates may carry a time (2001-02-03T04:05): the day is what a date of birth is.
            if (!PartialDate.TryParse(text.Length > 10 ? text[..10] : text, out var date))
                return Fail(400, $"Cannot parse example entity: queries.{key}.properties.birthDate: '{QueryFields.Shorten(text)}' is not YYYY, YYYY-MM or YYYY-MM-DD", out error);
            if (!births.Contains(date)) births.Add(date);
        }
        var country = CountryProperties.SelectMany(Get).FirstOrDefault(c => FtmExport.CountryCode(c) is not null);
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        foreach (var (property, identifierKind) in IdentifierProperties)
        {
            foreach (var value in Get(property))
            {
                var identifier = new Identifier(identifierKind, value);
                if (identifier.Value.Length > 0 && !identifiers.Contains(identifier)) identifiers.Add(identifier);
            }
        }
        example = new YenteExample(id, schema, kind, names, births, country?.ToUpperInvariant(), identifiers.ToImmutable(), properties);
        return true;
    }

    static void AddName(List<string> names, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length > 0 && !names.Contains(trimmed, StringComparer.Ordinal)) names.Add(trimmed);
    }

    /// <summary>A property's values: a string, or a list of strings and numbers (yente takes both); nulls left out.</summary>
    static bool TryValues(JsonElement value, out string[] values)
    {
        values = [];
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                values = [value.GetString()!];
                return true;
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Array:
                var list = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString()!);
                    else if (item.ValueKind == JsonValueKind.Number) list.Add(item.GetRawText());
                    else if (item.ValueKind != JsonValueKind.Null) return false;
                }
                values = [.. list.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];
                return true;
            default:
                return false;
        }
    }

    static bool Fail(int status, string detail, out (int Status, string Detail)? error)
    {
        error = (status, detail);
        return false;
    }
}
