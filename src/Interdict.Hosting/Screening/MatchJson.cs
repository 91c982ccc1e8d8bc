using System.Text.Json;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;
using Interdict.Matching.Transliteration;

namespace Interdict.Hosting.Screening;

/// <summary>Writes hits in the interchange shape shared by the CLI's JSONL output and the HTTP API:
/// <c>{"list", "ref", "name", "score", "explanation": {...}}</c>.</summary>
/// <remarks>One writer for both, so a match reads the same in a JSONL file and in an HTTP response. Stateless and thread-safe.</remarks>
public static class MatchJson
{
    /// <summary>Writes <c>"matches": [...]</c> (a property of the object being written).</summary>
    /// <param name="json">The writer, inside an object.</param>
    /// <param name="hits">The hits, best first.</param>
    public static void WriteMatches(Utf8JsonWriter json, IReadOnlyList<ScreeningHit> hits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(hits);
        json.WriteStartArray("matches");
        foreach (var hit in hits) WriteMatch(json, hit);
        json.WriteEndArray();
    }

    /// <summary>Writes one match object.</summary>
    /// <param name="json">The writer, inside an array.</param>
    /// <param name="hit">The hit.</param>
    public static void WriteMatch(Utf8JsonWriter json, ScreeningHit hit)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(hit);
        json.WriteStartObject();
        json.WriteString("list", hit.Entry.Source);
        json.WriteString("ref", hit.Entry.Reference);
        json.WriteString("name", hit.Entry.PrimaryName.Full);
        json.WriteString("type", Kind(hit.Entry.Kind));
        json.WriteNumber("score", hit.Score);
        json.WriteString("list_version", hit.Version.Label);
        WriteExplanation(json, hit.Explanation);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"matches": [...]</c> of names found inside a text (a property of the object being written):
    /// each match as <see cref="WriteMatch"/> writes it, with the name's span in the text.</summary>
    /// <param name="json">The writer, inside an object.</param>
    /// <param name="hits">The names found, in the order written.</param>
    public static void WriteTextMatches(Utf8JsonWriter json, IReadOnlyList<Matching.Text.TextHit> hits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(hits);
        json.WriteStartArray("matches");
        foreach (var hit in hits) WriteTextMatch(json, hit);
        json.WriteEndArray();
    }

    /// <summary>Writes one name found inside a text: a match as <see cref="WriteMatch"/> writes it, with its span.</summary>
    /// <param name="json">The writer, inside an array.</param>
    /// <param name="hit">The name found.</param>
    public static void WriteTextMatch(Utf8JsonWriter json, Matching.Text.TextHit hit)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(hit);
        json.WriteStartObject();
        json.WriteString("list", hit.Entry.Source);
        json.WriteString("ref", hit.Entry.Reference);
        json.WriteString("name", hit.Entry.PrimaryName.Full);
        json.WriteString("type", Kind(hit.Entry.Kind));
        json.WriteNumber("score", hit.Score);
        json.WriteNumber("start", hit.Start);
        json.WriteNumber("length", hit.Length);
        json.WriteString("matched_text", hit.MatchedText);
        json.WriteString("list_version", hit.Version.Label);
        WriteExplanation(json, hit.Explanation);
        json.WriteEndObject();
    }

    static void WriteExplanation(Utf8JsonWriter json, Explanation explanation)
    {
        json.WriteStartObject("explanation");
        json.WriteString("summary", explanation.Summary);
        json.WriteString("matched_name", explanation.MatchedName);
        json.WriteString("query_read_as", explanation.QueryReadAs);
        // Written only for a name read aloud from Chinese characters, so that other answers keep their shape.
        if (explanation.QueryReading != NameReading.AsWritten) json.WriteString("query_reading", ReadingName(explanation.QueryReading));
        if (explanation.ListedReading != NameReading.AsWritten)
        {
            json.WriteString("listed_reading", ReadingName(explanation.ListedReading));
            json.WriteString("listed_read_as", explanation.ListedReadAs);
        }
        // Written only when part of the query was the name, so that other answers keep their shape.
        if (explanation.NameWords is not null)
        {
            json.WriteString("name_words", explanation.NameWords);
            WriteStrings(json, "left_over", explanation.LeftOver);
        }
        // Written only for a hit through the party's owners, so that other answers keep their shape.
        if (explanation.Ownership is { } ownership) WriteOwnership(json, ownership);
        json.WriteString("name_kind", NameKindName(explanation.NameKind));
        json.WriteString("name_quality", explanation.NameQuality.ToString().ToLowerInvariant());
        json.WriteNumber("name_score", explanation.NameScore);
        json.WriteStartArray("tokens");
        foreach (var match in explanation.Comparison.Matches)
        {
            json.WriteStartObject();
            json.WriteString("query", match.Query);
            json.WriteString("listed", match.Listed);
            json.WriteString("match", MatchKindName(match.Kind));
            json.WriteBoolean("joined", match.Joined);
            json.WriteNumber("similarity", match.Similarity);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, "unmatched_query", explanation.Comparison.UnmatchedQuery);
        WriteStrings(json, "unmatched_listed", explanation.Comparison.UnmatchedListed);
        json.WriteStartArray("evidence");
        foreach (var evidence in explanation.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("attribute", evidence.Attribute);
            json.WriteString("outcome", evidence.Outcome.ToString().ToLowerInvariant());
            json.WriteString("query", evidence.Query);
            json.WriteString("listed", evidence.Listed);
            json.WriteNumber("effect", evidence.Effect);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary><c>"ownership": {"kind", "chain", "aggregate_share", "threshold", "owner", "linked_as"?, "listed_parties"}</c>.</summary>
    static void WriteOwnership(Utf8JsonWriter json, OwnershipExplanation ownership)
    {
        json.WriteStartObject("ownership");
        json.WriteString("kind", ownership.Finding.Kind == Core.Ownership.OwnershipFindingKind.Owned ? "owned" : "controlled");
        json.WriteString("chain", ownership.Description);
        json.WriteNumber("aggregate_share", ownership.Finding.AggregateShare);
        json.WriteNumber("threshold", ownership.Threshold);
        json.WriteString("owner", ownership.Owner);
        if (ownership.LinkedAs is not null) json.WriteString("linked_as", ownership.LinkedAs);
        json.WriteStartArray("listed_parties");
        foreach (var party in ownership.Finding.ListedParties) json.WriteStringValue(ListedName(ownership.Finding, party));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The display name of a listed party of a finding, as its chain names it.</summary>
    static string ListedName(Core.Ownership.OwnershipFinding finding, string party)
    {
        static string? Find(IEnumerable<Core.Ownership.OwnershipHolding> holdings, string party) =>
            holdings.Select(h => h.Listed && h.Owner == party ? h.OwnerName : Find(h.Through, party)).FirstOrDefault(n => n is not null);
        return Find(finding.Holdings, party) ?? party;
    }

    static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>The wire name of a party kind: <c>person</c>, <c>organization</c>, <c>vessel</c>, <c>aircraft</c>, <c>unknown</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The lower-case name.</returns>
    public static string Kind(Interdict.Core.Lists.PartyKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Options for every JSON writer of the CLI and the server: names and scripts written as they are, not as \u escapes.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static string NameKindName(Interdict.Core.Lists.NameKind kind) => kind switch
    {
        Interdict.Core.Lists.NameKind.Primary => "primary",
        Interdict.Core.Lists.NameKind.Alias => "alias",
        Interdict.Core.Lists.NameKind.FormerName => "former_name",
        _ => "original_script",
    };

    static string ReadingName(NameReading reading) => reading switch
    {
        NameReading.Mandarin => "mandarin",
        NameReading.SinoKorean => "sino_korean",
        // cyrillic_bgn, cyrillic_german, … (one per romanisation convention: Transliteration/CyrillicConvention.cs)
        _ => JsonNamingPolicy.SnakeCaseLower.ConvertName(reading.ToString()),
    };

    static string MatchKindName(MatchKind kind) => kind switch
    {
        MatchKind.Exact => "exact",
        MatchKind.KoreanVariant => "korean_variant",
        MatchKind.Typo => "typo",
        MatchKind.Transliterated => "transliterated",
        MatchKind.GivenName => "given_name",
        MatchKind.Initial => "initial",
        _ => "none",
    };
}
