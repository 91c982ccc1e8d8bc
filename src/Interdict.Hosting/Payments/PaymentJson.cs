using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Interdict.Payments;
using Interdict.Payments.Screening;

namespace Interdict.Hosting.Payments;

/// <summary>The answer for one screened message, as the CLI writes it (one JSON line) and the server returns it (docs/payments.md):
/// <c>{"source", "type", "id", "outcome", "hits": [{"field", "value", "list", "ref", "score"}], "basis": [{"resolution",
/// "paragraph"}], "explanation"}</c>, or for a message that could not be read <c>{"source", "outcome": "error", "error",
/// "line", "column", "path"}</c>.</summary>
public static class PaymentJson
{
    // As the rules' AnswerJson: names with apostrophes and non-Latin letters stay readable in the JSONL.
    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The answer as one line of JSON.</summary>
    /// <param name="screened">The message's answer.</param>
    /// <param name="alertId">The payment alert it opened or found, if any.</param>
    public static string ToLine(ScreenedPayment screened, long? alertId = null)
    {
        ArgumentNullException.ThrowIfNull(screened);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) Write(json, screened, alertId);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the answer as a JSON object.</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="screened">The message's answer.</param>
    /// <param name="alertId">The payment alert the message raised or found (a review or hold screened with the store), written as
    /// <c>"alert"</c>; null writes none.</param>
    public static void Write(Utf8JsonWriter json, ScreenedPayment screened, long? alertId = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(screened);
        json.WriteStartObject();
        var read = screened.Read;
        if (!read.TryGetPayment(out var payment) || screened.Result is not { } result)
        {
            var failure = read.Failure!;
            json.WriteString("source", failure.Origin);
            json.WriteString("outcome", "error");
            json.WriteString("error", failure.ToString());
            if (failure.Line > 0) json.WriteNumber("line", failure.Line);
            if (failure.Column is { } column) json.WriteNumber("column", column);
            if (failure.Path is { } path) json.WriteString("path", path);
            json.WriteEndObject();
            return;
        }
        json.WriteString("source", read.Origin);
        json.WriteString("type", payment.Variant is { } variant ? $"{payment.MessageType} {variant}" : payment.MessageType);
        if (payment.MessageId is { } id) json.WriteString("id", id.Value);
        else json.WriteNull("id");
        json.WriteString("outcome", screened.Outcome);
        json.WritePropertyName("hits");
        WriteHits(json, result);
        json.WritePropertyName("basis");
        WriteBasis(json, result);
        json.WriteString("explanation", result.Explanation);
        if (alertId is { } alert) json.WriteNumber("alert", alert);
        json.WriteEndObject();
    }

    /// <summary>The hits as a JSON array: <c>[{"field", "line", "value", "list", "ref", "score", "outcome", "reason"}]</c>.</summary>
    public static void WriteHits(Utf8JsonWriter json, PaymentScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.WriteStartArray();
        foreach (var hit in result.Hits)
        {
            json.WriteStartObject();
            json.WriteString("field", hit.Place.Path);
            if (hit.Place.Line > 0) json.WriteNumber("line", hit.Place.Line);
            json.WriteString("value", hit.Value);
            json.WriteString("list", hit.List);
            json.WriteString("ref", hit.Reference);
            json.WriteNumber("score", Math.Round(hit.Score, 4));
            json.WriteString("outcome", hit.Outcome.ToString().ToLowerInvariant());
            json.WriteString("reason", hit.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The basis as a JSON array: <c>[{"resolution", "paragraph"}]</c>.</summary>
    public static void WriteBasis(Utf8JsonWriter json, PaymentScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.WriteStartArray();
        foreach (var basis in result.Basis)
        {
            json.WriteStartObject();
            json.WriteString("resolution", basis.Resolution);
            json.WriteString("paragraph", basis.Paragraph);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>What <paramref name="write"/> writes, as a JSON text (relaxed escaping, as the lines).</summary>
    internal static string Text(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
