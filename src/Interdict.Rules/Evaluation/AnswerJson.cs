using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Interdict.Rules.Evaluation;

/// <summary>Writes answers in the interchange format (CHECK-FORMAT §2), one JSON object per line.</summary>
public static class AnswerJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The answer as one line of JSON (no trailing newline).</summary>
    public static string ToLine(Answer answer)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) Write(writer, answer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>An answer for a check that could not be evaluated is not written: the caller reports the line instead.</summary>
    public static void Write(Utf8JsonWriter writer, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(answer);
        writer.WriteStartObject();
        writer.WriteString("id", answer.Id);
        writer.WriteString("decision", answer.Decision.ToWire());
        writer.WriteStartArray("basis");
        foreach (var citation in answer.Basis)
        {
            writer.WriteStartObject();
            writer.WriteString("resolution", citation.Resolution);
            if (citation.Paragraph is null) writer.WriteNull("paragraph");
            else writer.WriteString("paragraph", citation.Paragraph);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (answer.Exemption is not null) writer.WriteString("exemption", answer.Exemption);
        if (answer.Cap is { } cap) WriteCap(writer, cap);
        writer.WriteStartArray("party_hits");
        foreach (var hit in answer.PartyHits)
        {
            writer.WriteStartObject();
            writer.WriteString("name", hit.Name);
            WriteOptional(writer, "role", hit.Role);
            WriteOptional(writer, "reference", hit.Reference);
            WriteOptional(writer, "listed_on", hit.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (hit.MatchedName is not null) writer.WriteString("matched_name", hit.MatchedName);
            if (hit.Score is { } score) writer.WriteNumber("score", Math.Round(score, 3));
            if (hit.ListVersion is not null) writer.WriteString("list_version", hit.ListVersion);
            writer.WriteBoolean("decisive", hit.Decisive);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("flags");
        foreach (var flag in answer.Flags) writer.WriteStringValue(flag);
        writer.WriteEndArray();
        writer.WriteString("explanation", answer.Explanation);
        writer.WriteEndObject();
    }

    private static void WriteCap(Utf8JsonWriter writer, CapAnswer cap)
    {
        writer.WriteStartObject("cap");
        writer.WriteString("id", cap.Id);
        writer.WriteStartObject("ceiling");
        WriteOptional(writer, "quantity", cap.Quantity);
        WriteOptional(writer, "unit", cap.Unit);
        WriteOptional(writer, "value_usd", cap.ValueUsd);
        if (cap.AltQuantity is not null) WriteOptional(writer, "alt_quantity", cap.AltQuantity);
        if (cap.AltUnit is not null) WriteOptional(writer, "alt_unit", cap.AltUnit);
        if (cap.Rule is not null) writer.WriteString("rule", cap.Rule);
        if (cap.BaselineFrom is { } bf && cap.BaselineTo is { } bt) WritePeriod(writer, "per_state_baseline", bf, bt);
        WritePeriod(writer, "period", cap.PeriodFrom, cap.PeriodTo);
        writer.WriteEndObject();
        if (cap.RemainingQuantity is null && cap.RemainingValueUsd is null) writer.WriteNull("remaining");
        else
        {
            writer.WriteStartObject("remaining");
            WriteOptional(writer, "quantity", cap.RemainingQuantity);
            WriteOptional(writer, "value_usd", cap.RemainingValueUsd);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("conditions");
        foreach (var condition in cap.Conditions) writer.WriteStringValue(condition);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter writer, string name, DateOnly from, DateOnly to)
    {
        writer.WriteStartObject(name);
        writer.WriteString("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }
}
