using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Interdict.Cli.Output;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict compare "NAME1" "NAME2"</c>, or <c>--input pairs.csv|- [--output FILE|-]</c>: are two names the same party?</summary>
static class CompareCommand
{
    static readonly Argument<string?> FirstArgument = new("name1") { Arity = ArgumentArity.ZeroOrOne, Description = "The first name" };
    static readonly Argument<string?> SecondArgument = new("name2") { Arity = ArgumentArity.ZeroOrOne, Description = "The second name" };
    static readonly Option<string?> TypeOption = new("--type") { Description = "person, organization, vessel or aircraft" };
    static readonly Option<string?> InputOption = new("--input", "-i") { Description = "A CSV file of pairs (- for standard input): columns id,name1,name2 required, type optional" };
    static readonly Option<string?> OutputOption = new("--output", "-o") { Description = "Where to write {\"id\", \"score\", \"match\"} per pair (default, or -: standard output; .jsonl, .json, .csv)" };

    /// <summary>One pair's answer.</summary>
    sealed record Scored(string Id, string First, string Second, double Score, bool Match, string? Explanation);

    static readonly Column<Scored>[] PairColumns =
    [
        new("id", "Id", p => p.Id),
        new("score", "Score", p => p.Score) { TableFormat = "0.000" },
        new("match", "Match", p => p.Match) { Colour = p => p.Match ? "red" : "green" },
    ];

    public static Command Create(CliContext context)
    {
        _ = context;
        var command = new Command("compare", "Score two names against each other with the screening scorer")
        {
            FirstArgument, SecondArgument, TypeOption, CliOptions.Threshold, InputOption, OutputOption, OutputFormats.Option,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse)));
        return command;
    }

    static int Run(ParseResult parse)
    {
        if (!CliOptions.TryScreeningOptions(parse, out var options)) return ExitCodes.Usage;
        var input = parse.GetValue(InputOption);
        var output = parse.GetValue(OutputOption);
        if (input is null && output is not null) return CliOutput.UsageError("--output is for a file of pairs (--input pairs.csv)");
        if (!OutputFormats.TryChoose(parse, output, batch: input is not null, out var format)) return ExitCodes.Usage;
        if (input is not null) return CompareFile(input, output, format, options.Threshold);
        var first = parse.GetValue(FirstArgument);
        var second = parse.GetValue(SecondArgument);
        if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(second)) return CliOutput.UsageError("give two names, or --input pairs.csv");
        if (!QueryFields.TryParseKind(parse.GetValue(TypeOption), out var kind, out var error)) return CliOutput.UsageError(error!);

        var result = PairComparer.Compare(first, second, kind);
        var threshold = options.Threshold;
        var scored = new Scored("", first, second, result.Score, result.Score >= threshold, result.Explanation?.Summary);
        var shape = new RecordShape<Scored>
        {
            Columns =
            [
                new("name1", "name1", p => p.First),
                new("name2", "name2", p => p.Second),
                new("score", "score", p => p.Score) { TableFormat = "0.000" },
                new("match", "match", p => p.Match),
                new("threshold", "threshold", _ => threshold),
                new("explanation", "why", p => p.Explanation),
            ],
            Table = (console, pairs) =>
            {
                var pair = pairs[0];
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"score [bold]{pair.Score:0.000}[/]: {(pair.Match ? "[red]match[/]" : "[green]no match[/]")} at threshold {threshold:0.00}"));
                console.WriteLine(pair.Explanation ?? "no word of the two names met");
            },
        };
        RecordWriter<Scored>.Print(shape, format, [scored]);
        return ExitCodes.Ok;
    }

    static int CompareFile(string input, string? output, OutputFormat format, double threshold)
    {
        var clock = Stopwatch.StartNew();
        using var stream = StandardStreams.OpenInput(input);
        if (stream is null) return ExitCodes.BadInput;
        var inputName = StandardStreams.NameOf(input);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var csv = new CsvRecordReader(reader);
        if (!CsvHeader.TryRead(csv, ["id", "name1", "name2"], "type", out var header, out var headerError))
        {
            return CliOutput.BadInput($"{inputName}: {headerError}");
        }
        int id = header!.IndexOf("id"), first = header.IndexOf("name1"), second = header.IndexOf("name2"), type = header.IndexOf("type");

        var read = 0;
        var bad = 0;
        var warnings = 0;
        var matches = 0;
        using var target = OutputTarget.Open(output);
        using (var writer = new RecordWriter<Scored>(new RecordShape<Scored> { Name = "results", Columns = PairColumns }, format, target.Stream, target.IsStandardOutput))
        {
            for (CsvRecord? record; (record = csv.Read()) is not null;)
            {
                read++;
                if (!TryPair(record, header, id, first, second, out var pair, out var error))
                {
                    bad++;
                    Console.Error.WriteLine($"{inputName}: line {record.Line}: {error}; row skipped");
                    continue;
                }
                if (!QueryFields.TryParseKind(CsvHeader.Field(record, type), out var kind, out var why))
                {
                    warnings++;
                    Console.Error.WriteLine($"{inputName}: line {record.Line}: warning: {why}; type ignored, the names are compared");
                }
                var score = PairComparer.Compare(pair.First, pair.Second, kind).Score;
                if (score >= threshold) matches++;
                writer.Write(new Scored(pair.Id, pair.First, pair.Second, score, score >= threshold, null));
            }
            writer.Complete();
        }
        target.Commit();
        return new RunSummary("compare", read, read - bad, "compared",
            string.Create(CultureInfo.InvariantCulture, $"{matches} match(es) at threshold {threshold:0.00}"), warnings, bad, clock.Elapsed)
        {
            Destination = target.IsStandardOutput ? null : target.Description,
        }.Report();
    }

    /// <summary>Reads a pair's id and names: a row without a usable id or either name is skipped.</summary>
    static bool TryPair(CsvRecord record, CsvHeader header, int id, int first, int second, out (string Id, string First, string Second) pair, out string? error)
    {
        pair = default;
        error = record.Error;
        if (error is not null) return false;
        var key = CsvHeader.Field(record, id)?.Trim();
        if (string.IsNullOrEmpty(key)) error = "the id is empty";
        else if (!QueryFields.TryParseName(CsvHeader.Field(record, first), out var one, out error)) error = $"name1: {error}";
        else if (!QueryFields.TryParseName(CsvHeader.Field(record, second), out var two, out error)) error = $"name2: {error}";
        else
        {
            pair = (key, one!, two!);
            return true;
        }
        if (header.Ragged(record) is { } ragged) error = $"{error} ({ragged})";
        return false;
    }
}
