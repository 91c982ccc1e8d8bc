using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Interdict.Cli.Batch;
using Interdict.Core.Screening;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict screen "NAME"</c>, <c>interdict screen --input FILE.csv --output FILE.jsonl|.csv</c> or
/// <c>interdict screen --text "TEXT"</c> (<c>--text -</c>: standard input).</summary>
static class ScreenCommand
{
    static readonly Argument<string?> NameArgument = new("name") { Description = "The name to screen (any script)", Arity = ArgumentArity.ZeroOrOne };
    static readonly Option<string?> TypeOption = new("--type") { Description = "person, organization, vessel or aircraft" };
    static readonly Option<string?> DobOption = new("--dob") { Description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD" };
    static readonly Option<string?> NationalityOption = new("--nationality") { Description = "Nationality: a country name or ISO code" };
    static readonly Option<FileInfo?> InputOption = new("--input", "-i") { Description = "Batch: a CSV file with a header; columns id,name required, type,dob,nationality optional" };
    static readonly Option<string?> TextOption = new("--text") { Description = "Find every listed name inside this text (a payment line, an invoice, a paragraph); - reads it from standard input. A table on a terminal, JSON otherwise" };
    static readonly Option<FileInfo?> OutputOption = new("--output", "-o") { Description = "Batch: where to write results (.jsonl: one object per row; .csv: one row per match)" };
    static readonly Option<bool> ResumeOption = new("--resume") { Description = "Batch: continue a run that was interrupted (its OUTPUT.partial and OUTPUT.progress) from its last completed chunk" };

    public static Command Create(CliContext context)
    {
        var command = new Command("screen", "Screen a name, or a CSV file of names, against the sanctions lists")
        {
            NameArgument, TypeOption, DobOption, NationalityOption,
            CliOptions.Lists, CliOptions.Threshold, CliOptions.AsOf, InputOption, OutputOption, ResumeOption, TextOption,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(context, parse)));
        return command;
    }

    static int Run(CliContext context, ParseResult parse)
    {
        var input = parse.GetValue(InputOption);
        var name = parse.GetValue(NameArgument);
        var text = parse.GetValue(TextOption);
        if ((input is null ? 0 : 1) + (string.IsNullOrWhiteSpace(name) ? 0 : 1) + (text is null ? 0 : 1) != 1)
        {
            return CliOutput.UsageError("give either a NAME, --input FILE.csv with --output FILE, or --text TEXT (--text - reads standard input)");
        }
        if (!CliOptions.TryScreeningOptions(parse, out var options)) return ExitCodes.Usage;
        var screener = context.Screener(parse);
        var loaded = screener.Versions.Select(v => v.Source).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = options.Lists.Except(loaded, StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            return CliOutput.UsageError($"no list '{string.Join("', '", unknown)}' is loaded (loaded: {string.Join(", ", loaded)}; add one with `interdict lists import`)");
        }
        if (text is not null) return TextScreening.Run(context.Services(parse).Screening, text == "-" ? Console.In.ReadToEnd() : text, options);
        if (input is null) return ScreenOne(context, name!, parse, options);
        var output = parse.GetValue(OutputOption);
        var code = ScreenBatch(screener, input, output, parse.GetValue(ResumeOption), options, out var summary);
        if (summary is not null) RecordBatch(context, parse, input, output!, summary, options);
        return code;
    }

    static int ScreenOne(CliContext context, string name, ParseResult parse, ScreeningOptions options)
    {
        if (!QueryFields.TryParseKind(parse.GetValue(TypeOption), out var kind, out var error)
            || !QueryFields.TryParseDateOfBirth(parse.GetValue(DobOption), out var dob, out error))
        {
            return CliOutput.UsageError(error!);
        }
        var query = new PartyQuery(name, kind) { DateOfBirth = dob, Nationality = parse.GetValue(NationalityOption) };
        // Audited as the server's /v1/screen is: the same service, the same trail.
        var outcome = context.Services(parse).Screening.ScreenAsync(query, options, CliServices.Actor, CancellationToken.None).GetAwaiter().GetResult();
        var hits = outcome.Hits;
        var versions = string.Join(", ", outcome.Versions.Select(v => v.ToString()));
        var screener = context.Screener(parse);
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

    /// <summary>The batch run in the audit trail: the input and output files by their SHA-256, the counts.</summary>
    static void RecordBatch(CliContext context, ParseResult parse, FileInfo input, FileInfo output, BatchSummary summary, ScreeningOptions options)
    {
        var run = new ScreenedFile(input.Name, Sha256(input.FullName), output.Name, Sha256(output.FullName), summary.Screened, summary.WithHits, summary.BadRows);
        context.Services(parse).Screening.RecordFileAsync(run, options, CliServices.Actor, CancellationToken.None).GetAwaiter().GetResult();
    }

    static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    static int ScreenBatch(Screener screener, FileInfo input, FileInfo? output, bool resume, ScreeningOptions options, out BatchSummary? finished)
    {
        finished = null;
        if (output is null) return CliOutput.UsageError("--input needs --output FILE.jsonl or FILE.csv");
        if (!input.Exists) return CliOutput.BadInput($"{input.FullName}: no such file");
        var batch = new BatchScreening(screener, options)
        {
            Report = message => Console.Error.WriteLine($"{input.Name}: {message}"),
            Notice = message => Console.Error.WriteLine($"{output.Name}: {message}"),
        };
        var clock = Stopwatch.StartNew();
        BatchSummary summary;
        try
        {
            summary = CliOutput.IsTerminal
                ? RunWithProgress(batch, input, output, resume)
                : batch.Run(input.FullName, output.FullName, resume);
        }
        catch (BatchInputException exception)
        {
            return CliOutput.BadInput(exception.Message);
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"screened {summary.Screened} row(s) in {clock.Elapsed.TotalSeconds:0.0} s: {summary.WithHits} with matches at threshold {options.Threshold:0.00}, {summary.BadRows} bad row(s) skipped, {summary.Warnings} field(s) ignored with a warning; results in {output.FullName}"));
        finished = summary;
        return summary.BadRows > 0 ? ExitCodes.PartialBatch : ExitCodes.Ok;
    }

    static BatchSummary RunWithProgress(BatchScreening batch, FileInfo input, FileInfo output, bool resume)
    {
        BatchSummary? summary = null;
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("screening", maxValue: Math.Max(1, input.Length));
                batch.Progress = bytes => task.Value = bytes;
                summary = batch.Run(input.FullName, output.FullName, resume);
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
