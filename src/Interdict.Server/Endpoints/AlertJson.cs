using System.Text.Json;
using Interdict.Core.Alerts;

namespace Interdict.Server.Endpoints;

/// <summary>The wire shape of alerts and their history events.</summary>
static class AlertJson
{
    public static void Write(Utf8JsonWriter json, Alert alert, IReadOnlyList<AlertEvent>? events = null)
    {
        json.WriteStartObject();
        json.WriteNumber("id", alert.Id);
        json.WriteString("state", Snake(alert.State.ToString()));
        json.WriteString("customer_id", alert.CustomerId);
        json.WriteString("list", alert.Source);
        json.WriteString("ref", alert.EntryReference);
        json.WriteString("entry_name", alert.EntryName);
        json.WriteString("list_version", alert.ListVersion);
        json.WriteNumber("score", alert.Score);
        json.WriteString("origin", Snake(alert.Origin.ToString()));
        json.WriteString("created_at", alert.CreatedAt);
        json.WriteString("updated_at", alert.UpdatedAt);
        json.WriteNumber("version", alert.Version);
        if (alert.Proposal is { } proposal)
        {
            json.WriteStartObject("proposal");
            json.WriteString("analyst", proposal.Analyst);
            json.WriteString("outcome", Snake(proposal.Outcome.ToString()));
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
        json.WritePropertyName("match");
        json.WriteRawValue(alert.Explanation, skipInputValidation: true);
        if (events is not null)
        {
            json.WriteStartArray("history");
            foreach (var e in events)
            {
                json.WriteStartObject();
                json.WriteString("at", e.At);
                json.WriteString("actor", e.Actor);
                if (e.From is { } from) json.WriteString("from", Snake(from.ToString()));
                json.WriteString("to", Snake(e.To.ToString()));
                json.WriteString("note", e.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary><c>ConfirmedTrueMatch</c> → <c>confirmed_true_match</c>.</summary>
    public static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
