using System.Globalization;
using System.Text.Json;

namespace Interdict.Server.Console;

/// <summary>A payment alert's stored JSON (the message's fields, the hits) read for its console page: the fields grouped as
/// an operator reads a payment (parties, banks, amounts, free text, codes), each knowing whether it hit.</summary>
sealed class PaymentAlertView
{
    PaymentAlertView(List<PartyView> parties, List<FieldView> amounts, List<FieldView> texts, List<FieldView> codes, List<HitView> hits)
    {
        Parties = parties;
        Amounts = amounts;
        Texts = texts;
        Codes = codes;
        Hits = hits;
    }

    public IReadOnlyList<PartyView> Parties { get; }
    public IReadOnlyList<FieldView> Amounts { get; }
    public IReadOnlyList<FieldView> Texts { get; }
    public IReadOnlyList<FieldView> Codes { get; }
    public IReadOnlyList<HitView> Hits { get; }

    /// <summary>The hits on the field at <paramref name="path"/>; empty when it did not hit.</summary>
    public IEnumerable<HitView> HitsAt(string path) => Hits.Where(h => h.Field == path);

    public static PaymentAlertView Read(string messageJson, string hitsJson)
    {
        using var message = JsonDocument.Parse(messageJson);
        using var hitsDocument = JsonDocument.Parse(hitsJson);
        var hits = hitsDocument.RootElement.EnumerateArray().Select((h, i) => new HitView(i + 1, h.GetProperty("field").GetString()!,
            h.GetProperty("value").GetString()!, h.GetProperty("list").GetString()!, h.GetProperty("ref").GetString()!,
            h.GetProperty("score").GetDouble(), h.GetProperty("outcome").GetString()!, h.GetProperty("reason").GetString()!)).ToList();
        var root = message.RootElement;
        var parties = new List<PartyView>();
        foreach (var p in Array(root, "parties"))
        {
            var fields = new List<FieldView>();
            Add(fields, "Name", p, "name");
            Add(fields, "BIC", p, "bic");
            foreach (var line in Array(p, "address")) fields.Add(Field("Address", line));
            Add(fields, "Town", p, "town");
            Add(fields, "Country", p, "country");
            Add(fields, "Country of residence", p, "country_of_residence");
            foreach (var id in Array(p, "identifiers"))
            {
                var scheme = id.TryGetProperty("scheme", out var s) ? $" ({s.GetString()})" : "";
                fields.Add(new FieldView(Labels.Of(id.GetProperty("kind").GetString()!) + scheme, id.GetProperty("value").GetString()!, id.GetProperty("path").GetString()!));
            }
            parties.Add(new PartyView(p.GetProperty("role").GetString()!, p.GetProperty("agent").GetBoolean(), p.GetProperty("kind").GetString()!,
                p.GetProperty("path").GetString()!, fields));
        }
        var amounts = Array(root, "amounts").Select(a => new FieldView(Labels.Of(a.GetProperty("kind").GetString()!),
            string.Create(CultureInfo.InvariantCulture, $"{a.GetProperty("currency").GetString()} {a.GetProperty("value").GetString()}")
            + (a.TryGetProperty("value_date", out var d) ? $", value date {d.GetString()}" : ""), a.GetProperty("path").GetString()!)).ToList();
        var texts = Array(root, "texts").Select(t => new FieldView(Labels.Of(t.GetProperty("kind").GetString()!), t.GetProperty("value").GetString()!,
            t.GetProperty("path").GetString()!)).ToList();
        var codes = Array(root, "codes").Select(c => new FieldView(Labels.Of(c.GetProperty("kind").GetString()!), c.GetProperty("value").GetString()!,
            c.GetProperty("path").GetString()!)).ToList();
        return new PaymentAlertView(parties, amounts, texts, codes, hits);
    }

    static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    static void Add(List<FieldView> fields, string label, JsonElement party, string name)
    {
        if (party.TryGetProperty(name, out var value)) fields.Add(Field(label, value));
    }

    static FieldView Field(string label, JsonElement located) => new(label, located.GetProperty("value").GetString()!, located.GetProperty("path").GetString()!);
}

/// <summary>A party or bank of the message with its fields.</summary>
sealed record PartyView(string Role, bool Agent, string Kind, string Path, IReadOnlyList<FieldView> Fields);

/// <summary>One field of the message: what it is, its value, its path.</summary>
sealed record FieldView(string Label, string Value, string Path);

/// <summary>One hit of the alert, numbered for the page's anchors.</summary>
sealed record HitView(int Number, string Field, string Value, string List, string Ref, double Score, string Outcome, string Reason)
{
    /// <summary>A DPRK link (a KP country, BIC or town) is no list entry: it has no entry page.</summary>
    public bool IsListEntry => List != "DPRK-link";
}
