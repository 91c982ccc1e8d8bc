using System.Globalization;
using System.Text.Json;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict screen --text "…"</c>: every listed name inside a text, as a table on a terminal and as
/// JSON (<c>{"matches": [...], "list_versions": [...]}</c>, the shape of <c>POST /v1/screen/text</c>) otherwise.</summary>
static class TextScreening
{
    public static int Run(ScreeningService screening, string text, ScreeningOptions options)
    {
        if (string.IsNullOrWhiteSpace(text)) return CliOutput.UsageError("--text: the text is empty");
        // Audited as the server's /v1/screen/text is: the same service, the same trail.
        var outcome = screening.ScreenTextAsync(text, options, CliServices.Actor, CancellationToken.None).GetAwaiter().GetResult();
        var hits = outcome.Hits;
        var versions = outcome.Versions;
        if (Console.IsOutputRedirected)
        {
            using var stdout = Console.OpenStandardOutput();
            using var json = new Utf8JsonWriter(stdout, MatchJson.WriterOptions);
            json.WriteStartObject();
            MatchJson.WriteTextMatches(json, hits);
            json.WriteStartArray("list_versions");
            foreach (var version in versions) json.WriteStringValue(version.ToString());
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Ok;
        }
        var used = string.Join(", ", versions.Select(v => v.ToString()));
        if (hits.Count == 0)
        {
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[green]No listed name[/] in the text at threshold {0:0.00} ({1}).", options.Threshold, Markup.Escape(used));
            return ExitCodes.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{hits.Count} listed name(s) in the text — {used}"));
        table.AddColumn("Where");
        table.AddColumn("Text");
        table.AddColumn("Score");
        table.AddColumn("List");
        table.AddColumn("Ref");
        table.AddColumn("Listed name");
        table.AddColumn("Why");
        foreach (var hit in hits)
        {
            table.AddRow(
                new Text(string.Create(CultureInfo.InvariantCulture, $"{hit.Start}+{hit.Length}")),
                new Text(hit.MatchedText),
                new Markup(Markup.Escape(hit.Score.ToString("0.00", CultureInfo.InvariantCulture)), new Style(hit.Score >= 0.95 ? Color.Red : Color.Yellow)),
                new Text(hit.Entry.Source),
                new Text(hit.Entry.Reference),
                new Text(hit.Entry.PrimaryName.Full),
                new Text(hit.Explanation.Summary));
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
