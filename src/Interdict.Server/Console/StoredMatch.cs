using System.Text.Json;

namespace Interdict.Server.Console;

/// <summary>An alert's stored match explanation (the <c>MatchJson</c> shape of the API and the audit trail), read back
/// for display: the summary, the matched name, the token pairs and the attribute evidence.</summary>
sealed record StoredMatch(string Summary, string MatchedName, string NameKind, IReadOnlyList<(string Query, string Listed, string Kind)> Tokens,
    IReadOnlyList<string> UnmatchedQuery, IReadOnlyList<(string Attribute, string Outcome, string Query, string Listed)> Evidence)
{
    /// <summary>For a match through the customer's owners: owned or controlled, the chain in words, and the owner whose
    /// screening found it; null for a match on the customer's own name.</summary>
    public (string Kind, string Chain, string Owner, string? LinkedAs)? Ownership { get; init; }

    public static StoredMatch Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var ex = document.RootElement.GetProperty("explanation");
        string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        return new StoredMatch(
            Text(ex, "summary"), Text(ex, "matched_name"), Text(ex, "name_kind"),
            [.. ex.GetProperty("tokens").EnumerateArray().Select(t => (Text(t, "query"), Text(t, "listed"), Text(t, "match")))],
            [.. ex.GetProperty("unmatched_query").EnumerateArray().Select(t => t.GetString() ?? "")],
            [.. ex.GetProperty("evidence").EnumerateArray().Select(t => (Text(t, "attribute"), Text(t, "outcome"), Text(t, "query"), Text(t, "listed")))])
        {
            Ownership = ex.TryGetProperty("ownership", out var o) && o.ValueKind == JsonValueKind.Object
                ? (Text(o, "kind"), Text(o, "chain"), Text(o, "owner"), o.TryGetProperty("linked_as", out var l) ? l.GetString() : null)
                : null,
        };
    }
}
