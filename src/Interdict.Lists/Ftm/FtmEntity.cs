using System.Text.Json;

namespace Interdict.Lists;

/// <summary>One FollowTheMoney entity as OpenSanctions and yente write it: <c>id</c>, <c>caption</c>, <c>schema</c>,
/// <c>properties</c> (every value a list of strings), <c>datasets</c>, <c>referents</c>, <c>target</c> and the three
/// timestamps.</summary>
/// <param name="Id">The entity's id (<see cref="FtmExport.EntityId"/> for a listed party).</param>
/// <param name="Schema">The FtM schema (<c>Person</c>, <c>Organization</c>, <c>Vessel</c>, <c>Sanction</c>, <c>Ownership</c>…).</param>
/// <param name="Caption">The entity's display name.</param>
/// <param name="Properties">Property name to its values, in the order written.</param>
/// <param name="Datasets">The datasets the entity comes from (the list's dataset name).</param>
/// <param name="Target">True for a listed party (a target of sanctions), false for its sanctions, links and unlisted parties.</param>
/// <remarks>Immutable once built; the timestamps are FtM's (<c>2026-02-27T00:00:00</c>: seconds, no zone, UTC).</remarks>
public sealed record FtmEntity(string Id, string Schema, string Caption, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Properties,
    IReadOnlyList<string> Datasets, bool Target)
{
    /// <summary>When the party was first listed (its listing day), or null when the list does not say.</summary>
    public string? FirstSeen { get; init; }

    /// <summary>The generation time of the list version it was read from.</summary>
    public string? LastSeen { get; init; }

    /// <summary>When the list last amended the party (its last update, else its listing day), or null.</summary>
    public string? LastChange { get; init; }

    /// <summary>The values of one property; empty when it has none.</summary>
    /// <param name="property">An FtM property name.</param>
    public IReadOnlyList<string> Get(string property)
    {
        foreach (var (name, values) in Properties)
        {
            if (string.Equals(name, property, StringComparison.Ordinal)) return values;
        }
        return [];
    }

    /// <summary>Writes the entity as one JSON object in yente's <c>EntityResponse</c> shape.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="nested">Gives, for a value that is the id of another entity, the entity to write in its place (yente's
    /// nested entities); null writes every value as a string, as the JSON lines export does.</param>
    /// <param name="more">Writes members after the entity's own (a match's <c>score</c>, <c>features</c>, <c>match</c>).</param>
    public void WriteTo(Utf8JsonWriter json, Func<string, FtmEntity?>? nested = null, Action<Utf8JsonWriter>? more = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        WriteTo(json, nested, more, depth: 0);
    }

    /// <summary>Nested entities are written two levels deep at most (a party's link, and the party at its other end), as
    /// yente nests them; deeper values stay ids, so that a cycle of links cannot recurse.</summary>
    void WriteTo(Utf8JsonWriter json, Func<string, FtmEntity?>? nested, Action<Utf8JsonWriter>? more, int depth)
    {
        json.WriteStartObject();
        json.WriteString("id", Id);
        json.WriteString("caption", Caption);
        json.WriteString("schema", Schema);
        json.WriteStartObject("properties");
        foreach (var (name, values) in Properties)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                if (depth < 2 && nested?.Invoke(value) is { } other) other.WriteTo(json, nested, null, depth + 1);
                else json.WriteStringValue(value);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteStartArray("datasets");
        foreach (var dataset in Datasets) json.WriteStringValue(dataset);
        json.WriteEndArray();
        json.WriteStartArray("referents");
        json.WriteEndArray();
        json.WriteBoolean("target", Target);
        WriteTime(json, "first_seen", FirstSeen);
        WriteTime(json, "last_seen", LastSeen);
        WriteTime(json, "last_change", LastChange);
        more?.Invoke(json);
        json.WriteEndObject();
    }

    static void WriteTime(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
