using System.Globalization;
using Interdict.Cli.Output;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Interdict.Matching.Text;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict screen --text "…"</c>: every listed name inside a text; as JSON, the shape of
/// <c>POST /v1/screen/text</c> (<c>{"list_versions": [...], "matches": [...]}</c>).</summary>
static class TextScreening
{
    static readonly Column<TextHit>[] Columns =
    [
        new("where", "Where", h => string.Create(CultureInfo.InvariantCulture, $"{h.Start}+{h.Length}")),
        new("matched_text", "Text", h => h.MatchedText),
        new("score", "Score", h => h.Score) { Colour = h => h.Score >= 0.95 ? "red" : "yellow" },
        new("list", "List", h => h.Entry.Source),
        new("ref", "Ref", h => h.Entry.Reference),
        new("name", "Listed name", h => h.Entry.PrimaryName.Full),
        new("explanation", "Why", h => h.Explanation.Summary),
    ];

    public static int Run(ScreeningService screening, string text, ScreeningOptions options, OutputFormat format)
    {
        if (string.IsNullOrWhiteSpace(text)) return CliOutput.UsageError("--text: the text is empty");
        // Audited as the server's /v1/screen/text is: the same service, the same trail.
        var outcome = screening.ScreenTextAsync(text, options, CliServices.Actor, CancellationToken.None).GetAwaiter().GetResult();
        var versions = outcome.Versions.Select(v => v.ToString()).ToArray();
        var used = string.Join(", ", versions);
        var shape = new RecordShape<TextHit>
        {
            Name = "matches",
            Title = $"{outcome.Hits.Count} listed name(s) in the text — {used}",
            Empty = string.Create(CultureInfo.InvariantCulture, $"No listed name in the text at threshold {options.Threshold:0.00} ({used})."),
            Columns = Columns,
            Json = MatchJson.WriteTextMatch,
            JsonHeader = json =>
            {
                json.WriteStartArray("list_versions");
                foreach (var version in versions) json.WriteStringValue(version);
                json.WriteEndArray();
            },
        };
        RecordWriter<TextHit>.Print(shape, format, outcome.Hits);
        return ExitCodes.Ok;
    }
}
