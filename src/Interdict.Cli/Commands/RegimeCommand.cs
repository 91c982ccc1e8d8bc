using System.CommandLine;
using System.Globalization;
using Interdict.Cli.Commands.Rules;
using Interdict.Cli.Output;
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
    static readonly Argument<string> FileArgument = new("file") { Description = "A rulebook YAML file to validate (- for standard input)" };

    public static Command Create(CliContext context)
    {
        _ = context;
        var timeline = new Command("timeline", "When each measure started, changed and ended") { OutputFormats.Option };
        timeline.SetAction((parse, cancellation) => Task.FromResult(Timeline(parse)));
        var proposals = new Command("proposals", "The proposals (drafts never adopted) that diff and checks can run as what-if scenarios") { OutputFormats.Option };
        proposals.SetAction((parse, cancellation) => Task.FromResult(Proposals(parse)));
        var diff = new Command("diff", "What a proposal would lift or exempt") { ScenarioOption, AsOfOption, OutputFormats.Option };
        diff.SetAction((parse, cancellation) => Task.FromResult(Diff(parse)));
        var show = new Command("show", "One measure with its rules, exemptions, caps, confidence and notes") { MeasureArgument, OutputFormats.Option };
        show.SetAction((parse, cancellation) => Task.FromResult(Show(parse)));
        var validate = new Command("validate", "Validate a rulebook file against the schema and the HS nomenclature") { FileArgument };
        validate.SetAction((parse, cancellation) => Task.FromResult(Validate(parse)));
        return new Command("regime", "The regime's rulebook: timeline, proposals, measures") { RegimeOption, timeline, proposals, diff, show, validate };
    }

    static int Timeline(ParseResult parse)
    {
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        RecordWriter<TimelineEvent>.Print(new RecordShape<TimelineEvent>
        {
            Name = "events",
            Title = rulebook!.Title,
            Columns =
            [
                new("date", "date", e => e.Date),
                new("measure", "measure", e => e.MeasureId),
                new("basis", "basis", e => e.Citation),
                new("change", "change", e => e.Change),
                new("detail", "detail", e => e.Detail),
            ],
        }, format, RegimeTimeline.Events(rulebook));
        return ExitCodes.Ok;
    }

    static int Proposals(ParseResult parse)
    {
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        RecordWriter<Proposal>.Print(new RecordShape<Proposal>
        {
            Name = "proposals",
            Columns =
            [
                new("id", "id", p => p.Id),
                new("title", "title", p => p.Title),
                new("status", "status", p => p.Status.Replace('_', ' ')),
                new("circulated", "circulated", p => p.Circulated),
                new("would_lift", "would lift", p => p.WouldLift.Length),
                new("would_exempt", "would exempt", p => p.WouldExempt.Length),
            ],
        }, format, rulebook!.Proposals);
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
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        // The scenario's kind prefix is optional: proposals are the only scenarios there are.
        var id = scenario.StartsWith("proposal:", StringComparison.Ordinal) ? scenario["proposal:".Length..] : scenario;
        if (rulebook!.FindProposal(id) is not { } proposal)
            return CliOutput.BadInput($"no proposal '{id}' (known: {string.Join(", ", rulebook.Proposals.Select(p => p.Id))})");
        var notes = new List<string>();
        if (!proposal.NotLiftedPerReports.IsDefaultOrEmpty) notes.Add($"Unchanged per reports: {string.Join(", ", proposal.NotLiftedPerReports)}");
        notes.AddRange(proposal.Notes.Select(note => $"- {note}"));
        RecordWriter<ProposalDiffEntry>.Print(new RecordShape<ProposalDiffEntry>
        {
            Name = "changes",
            Title = $"{proposal.Title}: {proposal.Status}, circulated {proposal.Circulated:yyyy-MM-dd}. What-if only: it has no legal effect.",
            Notes = notes,
            JsonHeader = json =>
            {
                json.WriteString("proposal", proposal.Id);
                json.WriteString("title", proposal.Title);
                json.WriteString("status", proposal.Status);
                json.WriteString("as_of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteBoolean("legal_effect", false);
            },
            Columns =
            [
                new("measure", "measure", e => e.MeasureId),
                new("basis", "basis", e => e.Citation),
                new("change", "change", e => e.Change),
                new("what", "what", e => e.What),
                new("in_force", $"in force {asOf:yyyy-MM-dd}", e => e.InForce),
                new("confidence", "confidence", e => e.Confidence),
            ],
        }, format, ProposalDiff.Entries(rulebook, proposal, asOf));
        return ExitCodes.Ok;
    }

    static int Show(ParseResult parse)
    {
        if (!OutputFormats.TryChoose(parse, null, batch: false, out var format)) return ExitCodes.Usage;
        if (!RulesRuntime.TryLoad(parse.GetValue(RegimeOption)!, out var rulebook)) return ExitCodes.BadInput;
        var id = parse.GetValue(MeasureArgument)!;
        if (rulebook!.FindMeasure(id) is not { } m) return CliOutput.BadInput($"no measure '{id}'");
        RecordWriter<MeasureSheetRow>.Print(new RecordShape<MeasureSheetRow>
        {
            Name = "fields",
            Title = m.Id,
            JsonHeader = json => json.WriteString("measure", m.Id),
            Columns = [new("field", "field", r => r.Label), new("value", "value", r => r.Value)],
            Table = (console, rows) =>
            {
                var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(m.Id)).AddColumn("").AddColumn("").HideHeaders();
                foreach (var row in rows) table.AddRow(Markup.Escape(row.Label), Markup.Escape(row.Value));
                console.Write(table);
            },
        }, format, MeasureSheet.Rows(m));
        return ExitCodes.Ok;
    }

    static int Validate(ParseResult parse)
    {
        var file = parse.GetValue(FileArgument)!;
        using var stream = StandardStreams.OpenInput(file);
        if (stream is null) return ExitCodes.BadInput;
        var name = StandardStreams.NameOf(file);
        using var reader = new StreamReader(stream);
        try
        {
            var rulebook = RulebookLoader.Load(reader.ReadToEnd(), HsNomenclature.Embedded, name);
            Console.WriteLine($"{name}: valid ({rulebook.Measures.Length} measures, {rulebook.Caps.Length} caps, {rulebook.Proposals.Length} proposals)");
            return ExitCodes.Ok;
        }
        catch (RulebookException e)
        {
            return CliOutput.BadInput(e.Message);
        }
    }

}
