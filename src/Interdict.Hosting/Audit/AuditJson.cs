using System.Text;
using System.Text.Json;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Audit;

/// <summary>Writes the inputs and outputs of audit records as compact JSON text (the audit hash covers the exact text).</summary>
public static class AuditJson
{
    /// <summary>The JSON text written by <paramref name="write"/>.</summary>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The text.</returns>
    public static string Of(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream(256);
        using (var json = new Utf8JsonWriter(buffer, MatchJson.WriterOptions)) write(json);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the hits briefly — list, reference, score — as an array property named <paramref name="name"/>:
    /// enough to know later what was reported, without repeating the explanations.</summary>
    /// <param name="json">The writer, inside an object.</param>
    /// <param name="name">The property name.</param>
    /// <param name="hits">The hits.</param>
    public static void WriteHits(Utf8JsonWriter json, string name, IReadOnlyList<ScreeningHit> hits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(hits);
        json.WriteStartArray(name);
        foreach (var hit in hits)
        {
            json.WriteStartObject();
            json.WriteString("list", hit.Entry.Source);
            json.WriteString("ref", hit.Entry.Reference);
            json.WriteNumber("score", hit.Score);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>One hit in the full match shape (with its explanation) as JSON text, as alerts keep it.</summary>
    /// <param name="hit">The hit.</param>
    /// <returns>The text.</returns>
    public static string Match(ScreeningHit hit) => Of(json => MatchJson.WriteMatch(json, hit));
}
