using System.Globalization;
using System.Text.Json;
using Interdict.Core.Alerts;

namespace Interdict.Server.Endpoints;

/// <summary>The wire shape of payment alerts and their history events.</summary>
static class PaymentAlertJson
{
    public static void Write(Utf8JsonWriter json, PaymentAlert alert, IReadOnlyList<PaymentAlertEvent>? events = null)
    {
        json.WriteStartObject();
        json.WriteNumber("id", alert.Id);
        json.WriteString("state", AlertJson.Snake(alert.State.ToString()));
        json.WriteString("message_id", alert.MessageId);
        json.WriteString("type", alert.MessageType);
        json.WriteString("source", alert.Source);
        json.WriteString("content_hash", alert.ContentHash);
        json.WriteString("outcome", alert.Outcome);
        json.WriteString("as_of", alert.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WritePropertyName("hits");
        json.WriteRawValue(alert.Hits, skipInputValidation: true);
        json.WritePropertyName("basis");
        json.WriteRawValue(alert.Basis, skipInputValidation: true);
        json.WriteString("explanation", alert.Explanation);
        json.WriteStartArray("list_versions");
        foreach (var version in alert.ListVersions) json.WriteStringValue(version);
        json.WriteEndArray();
        if (alert.RulebookVersion is { } rulebook) json.WriteString("rulebook_version", rulebook);
        json.WriteString("created_at", alert.CreatedAt);
        json.WriteString("updated_at", alert.UpdatedAt);
        json.WriteNumber("version", alert.Version);
        if (alert.Proposal is { } proposal)
        {
            json.WriteStartObject("proposal");
            json.WriteString("analyst", proposal.Analyst);
            json.WriteString("decision", AlertJson.Snake(proposal.Decision.ToString()));
            json.WriteString("reason", proposal.Reason);
            json.WriteString("at", proposal.At);
            json.WriteEndObject();
        }
        if (alert.Review is { } review)
        {
            json.WriteStartObject("review");
            json.WriteString("supervisor", review.Supervisor);
            json.WriteBoolean("confirmed", review.Confirmed);
            json.WriteString("reason", review.Reason);
            json.WriteString("at", review.At);
            json.WriteEndObject();
        }
        if (events is not null)
        {
            // The message's fields only with one alert: a page of alerts stays small.
            json.WritePropertyName("message");
            json.WriteRawValue(alert.Message, skipInputValidation: true);
            json.WriteStartArray("history");
            foreach (var e in events)
            {
                json.WriteStartObject();
                json.WriteString("at", e.At);
                json.WriteString("actor", e.Actor);
                if (e.From is { } from) json.WriteString("from", AlertJson.Snake(from.ToString()));
                json.WriteString("to", AlertJson.Snake(e.To.ToString()));
                json.WriteString("note", e.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
