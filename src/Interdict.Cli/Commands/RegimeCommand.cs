using System.CommandLine;
using System.Globalization;
using Interdict.Cli.Commands.Rules;
using Interdict.Rules.Hs;
using Interdict.Rules.Loading;
using Interdict.Rules.Model;
using Interdict.Rules.Reports;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict regime timeline|diff|show|validate</c>: the rulebook itself.</summary>
static class RegimeCommand
{
    static readonly Option<string> RegimeOption = new("--regime") { Description = "Regime rulebook", DefaultValueFactory = _ => "un-dprk", Recursive = true };
    static readonly Option<string?> ScenarioOption = new("--scenario") { Description = "proposal:<id>, e.g. proposal:P-2019-RU-CN" };
    static readonly Option<string?> AsOfOption = new("--as-of") { Description = "Date of the law in force to compare with (YYYY-MM-DD; default: today)" };
    static readonly Argument<string> MeasureArgument = new("measure-id") { Description = "A measure id, e.g. M-2321-26" };
    static readonly Argument<FileInfo> FileArgument = new("file") { Description = "A rulebook YAML file to validate" };

    public static Command Create(CliContext context)
    {
        _ = context;
        var timeline = new Command("timeline", "When each measure started, changed and ended");
        timeline.SetAction((parse, cancellation) => Task.FromResult(Timeline(parse)));
        var diff = new Command("diff", "What a proposal would lift or exempt") { ScenarioOption, AsOfOption };
        diff.SetAction((parse, cancellation) => Task.FromResult(Diff(parse)));
        var show = new Command("show", "One measure with its rules, exemptions, caps, confidence and notes") { MeasureArgument };
        show.SetAction((parse, cancellation) => Task.FromResult(Show(parse)));
        var validate = new Command("validate", "Validate a rulebook file against the schema and the HS nomenclature") { FileArgument };
        validate.SetAction((parse, cancellation) => Task.FromResult(Validate(parse)));
        return new Command("regime", "The regime's rulebook: timeline, proposals, measures") { RegimeOption, timeline, diff, show, validate };
    }

    static int Timeline(ParseResult parse)
    {
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(rulebook!.Title))
            .AddColumn("date").AddColumn("measure").AddColumn("basis").AddColumn("change").AddColumn("detail");
        foreach (var e in RegimeTimeline.Events(rulebook))
        {
            table.AddRow(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(e.MeasureId), Markup.Escape(e.Citation),
                Markup.Escape(e.Change), Markup.Escape(e.Detail));
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    static int Diff(ParseResult parse)
    {
        var scenario = parse.GetValue(ScenarioOption);
        if (scenario is null || !scenario.StartsWith("proposal:", StringComparison.Ordinal)) return CliOutput.UsageError("--scenario proposal:<id> is required");
        var asOfText = parse.GetValue(AsOfOption);
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return CliOutput.UsageError($"--as-of '{asOfText}' is not a date (YYYY-MM-DD)");
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        var id = scenario["proposal:".Length..];
        if (rulebook!.FindProposal(id) is not { } proposal)
            return CliOutput.BadInput($"no proposal '{id}' (known: {string.Join(", ", rulebook.Proposals.Select(p => p.Id))})");
        AnsiConsole.MarkupLine(Markup.Escape($"{proposal.Title}: {proposal.Status}, circulated {proposal.Circulated:yyyy-MM-dd}. What-if only: it has no legal effect."));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("measure").AddColumn("basis").AddColumn("change").AddColumn("what")
            .AddColumn($"in force {asOf:yyyy-MM-dd}").AddColumn("confidence");
        foreach (var e in ProposalDiff.Entries(rulebook, proposal, asOf))
        {
            table.AddRow(Markup.Escape(e.MeasureId), Markup.Escape(e.Citation), e.Change, Markup.Escape(e.What), e.InForce ? "yes" : "no", Markup.Escape(e.Confidence));
        }
        AnsiConsole.Write(table);
        if (!proposal.NotLiftedPerReports.IsDefaultOrEmpty)
            AnsiConsole.MarkupLine(Markup.Escape($"Unchanged per reports: {string.Join(", ", proposal.NotLiftedPerReports)}"));
        foreach (var note in proposal.Notes) AnsiConsole.MarkupLine(Markup.Escape($"- {note}"));
        return ExitCodes.Ok;
    }

    static int Show(ParseResult parse)
    {
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        var id = parse.GetValue(MeasureArgument)!;
        if (rulebook!.FindMeasure(id) is not { } m) return CliOutput.BadInput($"no measure '{id}'");
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(m.Id)).AddColumn("").AddColumn("");
        table.HideHeaders();
        void Row(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) table.AddRow(Markup.Escape(label), Markup.Escape(value));
        }
        Row("resolution", $"{m.Resolution.Symbol}, adopted {m.Resolution.Adopted:yyyy-MM-dd}");
        Row("basis", $"{string.Join(", ", m.Citations)}  [{m.ParagraphText}]");
        Row("kind", $"{m.Kind}, {m.Direction}, binding: {m.Binding}");
        Row("summary", m.Summary);
        Row("valid", $"{m.Validity}{(m.ValidityNote is null ? "" : $" ({m.ValidityNote})")}");
        Row("relations", string.Join("; ", new[]
        {
            Rel("supersedes", m.Relations.Supersedes), Rel("superseded by", m.Relations.SupersededBy),
            Rel("partly supersedes", m.Relations.PartlySupersedes), Rel("partly superseded by", m.Relations.PartlySupersededBy),
            Rel("tightened by", m.Relations.TightenedBy), Rel("clarified by", m.Relations.ClarifiedBy), Rel("lifted by proposal", m.Relations.LiftedByProposal),
        }.Where(s => s.Length > 0)));
        if (m.Goods is { } goods)
        {
            Row("goods (HS)", string.Join(", ", goods.Hs.Select(h => $"{h.Code}{(h.Basis == HsBasis.Doubtful ? " (doubtful, review only)" : "")}{(h.MinUnitValueUsd is { } v ? string.Create(CultureInfo.InvariantCulture, $" above USD {v}") : "")}")));
            Row("goods (categories)", string.Join(", ", goods.Categories));
            Row("goods note", goods.Note);
        }
        foreach (var rule in m.Rules)
        {
            Row($"rule{(rule.Id is null ? "" : " " + rule.Id)}", $"{rule.Effect} {string.Join("/", rule.Activities)}"
                + (rule.Actions.Count > 0 ? $" [{string.Join(", ", rule.Actions)}]" : "")
                + (rule.Directions.Count > 0 ? $" {string.Join("/", rule.Directions)}" : "")
                + (rule.OnGoods ? " on the goods" : "") + (rule.Parties is { } p ? $" with {p}" : "")
                + (rule.When is { } w ? $" when {w.Describe()}" : "") + (rule.Validity is { } rv ? $" {rv}" : ""));
        }
        foreach (var cap in m.Caps)
        {
            Row($"cap {cap.Id}", string.Create(CultureInfo.InvariantCulture,
                $"{cap.Commodity}: {(cap.Ceiling.PerStateBaselineMonths is { } months ? $"each State's own supply in the {months} months before {cap.From:yyyy-MM-dd}" : $"{cap.Ceiling.Quantity:N0} {cap.Ceiling.Unit}")}{(cap.Ceiling.ValueUsd is { } usd ? $" / USD {usd:N0}" : "")} {cap.Ceiling.Rule}; from {cap.From:yyyy-MM-dd} {(cap.Recurrence == CapRecurrence.None ? $"to {cap.To:yyyy-MM-dd}" : cap.Recurrence.ToString())}{(cap.Operative ? "" : " (never operative)")}; {cap.Confidence}"));
        }
        foreach (var c in m.CapConditions) Row("cap condition", c.Text);
        foreach (var e in m.Exemptions)
        {
            Row($"exemption {e.Id}", $"{e.Summary} [{e.Mechanism}{(e.When is { } w ? $"; when {w.Describe()}" : "")}{(e.Applied ? "" : "; NOT APPLIED: " + e.Doubt)}] ({e.Confidence})");
        }
        Row("confidence", m.Confidence.ToString());
        foreach (var note in m.Notes) Row("note", note);
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    static int Validate(ParseResult parse)
    {
        var file = parse.GetValue(FileArgument)!;
        if (!file.Exists) return CliOutput.BadInput($"{file.FullName}: file not found");
        try
        {
            var rulebook = RulebookLoader.Load(File.ReadAllText(file.FullName), HsNomenclature.Embedded, file.Name);
            Console.WriteLine($"{file.Name}: valid ({rulebook.Measures.Length} measures, {rulebook.Caps.Length} caps, {rulebook.Proposals.Length} proposals)");
            return ExitCodes.Ok;
        }
        catch (RulebookException e)
        {
            return CliOutput.BadInput(e.Message);
        }
    }

    static string Rel(string label, IEnumerable<string> ids) => ids.Any() ? $"{label} {string.Join(", ", ids)}" : "";
}
