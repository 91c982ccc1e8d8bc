using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Interdict.Payments;

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
    public static string ToLine(ScreenedPayment screened)
    {
        ArgumentNullException.ThrowIfNull(screened);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) Write(json, screened);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the answer as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, ScreenedPayment screened)
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
        json.WriteStartArray("hits");
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
        json.WriteStartArray("basis");
        foreach (var basis in result.Basis)
        {
            json.WriteStartObject();
            json.WriteString("resolution", basis.Resolution);
            json.WriteString("paragraph", basis.Paragraph);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("explanation", result.Explanation);
        json.WriteEndObject();
    }
}
