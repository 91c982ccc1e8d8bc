using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Interdict.Cli.Batch;
using Interdict.Core.Screening;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict screen "NAME"</c> or <c>interdict screen --input FILE.csv --output FILE.jsonl|.csv</c>.</summary>
static class ScreenCommand
{
    static readonly Argument<string?> NameArgument = new("name") { Description = "The name to screen (any script)", Arity = ArgumentArity.ZeroOrOne };
    static readonly Option<string?> TypeOption = new("--type") { Description = "person, organization, vessel or aircraft" };
    static readonly Option<string?> DobOption = new("--dob") { Description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD" };
    static readonly Option<string?> NationalityOption = new("--nationality") { Description = "Nationality: a country name or ISO code" };
    static readonly Option<FileInfo?> InputOption = new("--input", "-i") { Description = "Batch: a CSV file with a header; columns id,name required, type,dob,nationality optional" };
    static readonly Option<FileInfo?> OutputOption = new("--output", "-o") { Description = "Batch: where to write results (.jsonl: one object per row; .csv: one row per match)" };

    public static Command Create(CliContext context)
    {
        var command = new Command("screen", "Screen a name, or a CSV file of names, against the sanctions lists")
        {
            NameArgument, TypeOption, DobOption, NationalityOption,
            CliOptions.Lists, CliOptions.Threshold, CliOptions.AsOf, InputOption, OutputOption,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(context, parse)));
        return command;
    }

    static int Run(CliContext context, ParseResult parse)
    {
        var input = parse.GetValue(InputOption);
        var name = parse.GetValue(NameArgument);
        if (input is null == string.IsNullOrWhiteSpace(name))
        {
            return CliOutput.UsageError("give either a NAME or --input FILE.csv with --output FILE");
        }
        if (!CliOptions.TryScreeningOptions(parse, out var options)) return ExitCodes.Usage;
        var screener = context.Screener(parse);
        var loaded = screener.Versions.Select(v => v.Source).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = options.Lists.Except(loaded, StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            return CliOutput.UsageError($"no list '{string.Join("', '", unknown)}' is loaded (loaded: {string.Join(", ", loaded)}; add one with `interdict lists import`)");
        }
        return input is null ? ScreenOne(screener, name!, parse, options) : ScreenBatch(screener, input, parse.GetValue(OutputOption), options);
    }

    static int ScreenOne(Screener screener, string name, ParseResult parse, ScreeningOptions options)
    {
        if (!QueryFields.TryParseKind(parse.GetValue(TypeOption), out var kind, out var error)
            || !QueryFields.TryParseDateOfBirth(parse.GetValue(DobOption), out var dob, out error))
        {
            return CliOutput.UsageError(error!);
        }
        var query = new PartyQuery(name, kind) { DateOfBirth = dob, Nationality = parse.GetValue(NationalityOption) };
        var hits = screener.Screen(query, options);
        var versions = string.Join(", ", screener.VersionsInForce(options.AsOf, options.Lists).Select(v => v.ToString()));
        foreach (var list in screener.ListsNotInForce(options.AsOf, options.Lists))
        {
            // Said on stdout, beside the answer it qualifies: "no match" on a list with no version that day means nothing.
            var first = screener.Versions.Where(v => v.Source == list).Min(v => v.Date);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"No version of {list} was in force on {options.AsOf ?? screener.Today:yyyy-MM-dd} (its first loaded version is dated {first:yyyy-MM-dd}): {list} was not screened."));
        }
        if (versions.Length == 0) versions = "no list version in force";
        if (hits.Count == 0)
        {
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[green]No match[/] for [bold]{0}[/] at threshold {1:0.00} ({2}).", Markup.Escape(name), options.Threshold, Markup.Escape(versions));
            return ExitCodes.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{hits.Count} match(es) for \"{name}\" — {versions}"));
        table.AddColumn("Score");
        table.AddColumn("List");
        table.AddColumn("Ref");
        table.AddColumn("Listed name");
        table.AddColumn("Type");
        table.AddColumn("Why");
        foreach (var hit in hits)
        {
            table.AddRow(
                new Markup(Markup.Escape(hit.Score.ToString("0.00", CultureInfo.InvariantCulture)), new Style(hit.Score >= 0.95 ? Color.Red : Color.Yellow)),
                new Text(hit.Entry.Source),
                new Text(hit.Entry.Reference),
                new Text(hit.Entry.PrimaryName.Full),
                new Text(MatchJson.Kind(hit.Entry.Kind)),
                new Text(hit.Explanation.Summary));
        }
        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    static int ScreenBatch(Screener screener, FileInfo input, FileInfo? output, ScreeningOptions options)
    {
        if (output is null) return CliOutput.UsageError("--input needs --output FILE.jsonl or FILE.csv");
        if (!input.Exists) return CliOutput.BadInput($"{input.FullName}: no such file");
        var bad = 0;
        var batch = new BatchScreening(screener, options)
        {
            BadRow = message =>
            {
                Interlocked.Increment(ref bad);
                Console.Error.WriteLine($"{input.Name}: {message}");
            },
        };
        var clock = Stopwatch.StartNew();
        BatchSummary summary;
        try
        {
            summary = CliOutput.IsTerminal
                ? RunWithProgress(batch, input, output)
                : batch.Run(input.FullName, output.FullName);
        }
        catch (BatchInputException exception)
        {
            return CliOutput.BadInput(exception.Message);
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"screened {summary.Screened} row(s) in {clock.Elapsed.TotalSeconds:0.0} s: {summary.WithHits} with matches at threshold {options.Threshold:0.00}, {summary.BadRows} bad row(s) skipped; results in {output.FullName}"));
        return summary.BadRows > 0 ? ExitCodes.PartialBatch : ExitCodes.Ok;
    }

    static BatchSummary RunWithProgress(BatchScreening batch, FileInfo input, FileInfo output)
    {
        BatchSummary? summary = null;
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("screening", maxValue: Math.Max(1, input.Length));
                batch.Progress = bytes => task.Value = bytes;
                summary = batch.Run(input.FullName, output.FullName);
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
