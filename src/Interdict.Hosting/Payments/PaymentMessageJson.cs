using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Interdict.Payments;

namespace Interdict.Hosting.Payments;

/// <summary>What a payment message says, field by field with each field's path, as JSON: the part of a payment alert the
/// console shows (parties, agents, amounts, remittance and codes, the hit fields found by their paths), and what its
/// content hash is taken of.</summary>
/// <remarks>Lines are left out on purpose: the same message read at another position of a file is the same message, and
/// hashes the same. Shape: <c>{"format", "type", "id", "parties": [{"role", "agent", "institution", "kind", "path",
/// "name": {"value", "path"}, "bic", "address": [...], "town", "country", "country_of_residence", "identifiers": [{"kind",
/// "scheme", "value", "path"}]}], "amounts": [{"kind", "currency", "value", "value_date", "path"}], "texts": [{"kind",
/// "value", "path"}], "codes": [{"kind", "value", "path"}]}</c>; kinds and roles in snake case.</remarks>
public static class PaymentMessageJson
{
    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The message's fields as one JSON text.</summary>
    public static string Of(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) Write(json, payment);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The SHA-256 (lower-case hex) of <paramref name="messageJson"/>, as <see cref="Of"/> wrote it.</summary>
    public static string Hash(string messageJson)
    {
        ArgumentNullException.ThrowIfNull(messageJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageJson)));
    }

    static void Write(Utf8JsonWriter json, Payment payment)
    {
        json.WriteStartObject();
        json.WriteString("format", payment.Format == MessageFormat.Iso20022 ? "iso20022" : "swift_mt");
        json.WriteString("type", payment.Variant is { } variant ? $"{payment.MessageType} {variant}" : payment.MessageType);
        if (payment.MessageId is { } id) json.WriteString("id", id.Value);
        json.WriteStartArray("parties");
        foreach (var party in payment.Parties)
        {
            json.WriteStartObject();
            json.WriteString("role", Snake(party.Role.ToString()));
            json.WriteBoolean("agent", party.IsAgent);
            json.WriteBoolean("institution", party.IsInstitution);
            json.WriteString("kind", Snake(party.Kind.ToString()));
            json.WriteString("path", party.Place.Path);
            Value(json, "name", party.Name);
            Value(json, "bic", party.Bic);
            json.WriteStartArray("address");
            foreach (var line in party.AddressLines) Value(json, null, line);
            json.WriteEndArray();
            Value(json, "town", party.Town);
            Value(json, "country", party.Country);
            Value(json, "country_of_residence", party.CountryOfResidence);
            json.WriteStartArray("identifiers");
            foreach (var identifier in party.Identifiers)
            {
                json.WriteStartObject();
                json.WriteString("kind", Snake(identifier.Kind.ToString()));
                if (identifier.Scheme is { } scheme) json.WriteString("scheme", scheme);
                json.WriteString("value", identifier.Value);
                json.WriteString("path", identifier.Place.Path);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("amounts");
        foreach (var amount in payment.Amounts)
        {
            json.WriteStartObject();
            json.WriteString("kind", Snake(amount.Kind.ToString()));
            json.WriteString("currency", amount.Currency);
            json.WriteString("value", amount.Value.ToString(CultureInfo.InvariantCulture));
            if (amount.ValueDate is { } date) json.WriteString("value_date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("path", amount.Place.Path);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("texts");
        foreach (var text in payment.Texts)
        {
            json.WriteStartObject();
            json.WriteString("kind", Snake(text.Kind.ToString()));
            json.WriteString("value", text.Text);
            json.WriteString("path", text.Place.Path);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("codes");
        foreach (var code in payment.Codes)
        {
            json.WriteStartObject();
            json.WriteString("kind", Snake(code.Kind.ToString()));
            json.WriteString("value", code.Value);
            json.WriteString("path", code.Place.Path);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Value(Utf8JsonWriter json, string? name, Located? value)
    {
        if (value is null) return;
        if (name is null) json.WriteStartObject();
        else json.WriteStartObject(name);
        json.WriteString("value", value.Value);
        json.WriteString("path", value.Place.Path);
        json.WriteEndObject();
    }

    static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
