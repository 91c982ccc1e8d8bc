using System.CommandLine;
using System.Globalization;
using Interdict.Cli.Commands.Rules;
using Interdict.Hosting.Regime;
using Interdict.Rules.Hs;
using Interdict.Rules.Loading;
using Interdict.Rules.Model;
using Interdict.Rules.Reports;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict regime timeline|proposals|diff|show|validate</c>: the rulebook itself.</summary>
static class RegimeCommand
{
    static readonly Option<string> RegimeOption = new("--regime") { Description = "Regime rulebook", DefaultValueFactory = _ => "un-dprk", Recursive = true };
    static readonly Option<string?> ScenarioOption = new("--scenario") { Description = "A proposal's id, e.g. P-2019-RU-CN (or proposal:P-2019-RU-CN); `regime proposals` lists them" };
    static readonly Option<string?> AsOfOption = new("--as-of") { Description = "Date of the law in force to compare with (YYYY-MM-DD; default: today)" };
    static readonly Argument<string> MeasureArgument = new("measure-id") { Description = "A measure id, e.g. M-2321-26" };
    static readonly Argument<FileInfo> FileArgument = new("file") { Description = "A rulebook YAML file to validate" };

    public static Command Create(CliContext context)
    {
        _ = context;
        var timeline = new Command("timeline", "When each measure started, changed and ended");
        timeline.SetAction((parse, cancellation) => Task.FromResult(Timeline(parse)));
        var proposals = new Command("proposals", "The proposals (drafts never adopted) that diff and checks can run as what-if scenarios");
        proposals.SetAction((parse, cancellation) => Task.FromResult(Proposals(parse)));
        var diff = new Command("diff", "What a proposal would lift or exempt") { ScenarioOption, AsOfOption };
        diff.SetAction((parse, cancellation) => Task.FromResult(Diff(parse)));
        var show = new Command("show", "One measure with its rules, exemptions, caps, confidence and notes") { MeasureArgument };
        show.SetAction((parse, cancellation) => Task.FromResult(Show(parse)));
        var validate = new Command("validate", "Validate a rulebook file against the schema and the HS nomenclature") { FileArgument };
        validate.SetAction((parse, cancellation) => Task.FromResult(Validate(parse)));
        return new Command("regime", "The regime's rulebook: timeline, proposals, measures") { RegimeOption, timeline, proposals, diff, show, validate };
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

    static int Proposals(ParseResult parse)
    {
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("id").AddColumn("title").AddColumn("status").AddColumn("circulated")
            .AddColumn("would lift").AddColumn("would exempt");
        foreach (var p in rulebook!.Proposals)
        {
            table.AddRow(Markup.Escape(p.Id), Markup.Escape(p.Title), Markup.Escape(p.Status.Replace('_', ' ')),
                p.Circulated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                p.WouldLift.Length.ToString(CultureInfo.InvariantCulture), p.WouldExempt.Length.ToString(CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    static int Diff(ParseResult parse)
    {
        var scenario = parse.GetValue(ScenarioOption);
        if (string.IsNullOrWhiteSpace(scenario)) return CliOutput.UsageError("--scenario <proposal id> is required (`interdict regime proposals` lists them)");
        var asOfText = parse.GetValue(AsOfOption);
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return CliOutput.UsageError($"--as-of '{asOfText}' is not a date (YYYY-MM-DD)");
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        // The scenario's kind prefix is optional: proposals are the only scenarios there are.
        var id = scenario.StartsWith("proposal:", StringComparison.Ordinal) ? scenario["proposal:".Length..] : scenario;
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
        foreach (var row in MeasureSheet.Rows(m)) table.AddRow(Markup.Escape(row.Label), Markup.Escape(row.Value));
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

}
