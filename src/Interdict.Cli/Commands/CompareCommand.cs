using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Cli.Batch;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict compare "NAME1" "NAME2"</c>, or <c>--input pairs.csv --output FILE.jsonl</c>: are two names the same party?</summary>
static class CompareCommand
{
    static readonly Argument<string?> FirstArgument = new("name1") { Arity = ArgumentArity.ZeroOrOne, Description = "The first name" };
    static readonly Argument<string?> SecondArgument = new("name2") { Arity = ArgumentArity.ZeroOrOne, Description = "The second name" };
    static readonly Option<string?> TypeOption = new("--type") { Description = "person, organization, vessel or aircraft" };
    static readonly Option<FileInfo?> InputOption = new("--input", "-i") { Description = "A CSV file of pairs: columns id,name1,name2 required, type optional" };
    static readonly Option<FileInfo?> OutputOption = new("--output", "-o") { Description = "Where to write {\"id\", \"score\", \"match\"} per pair (.jsonl; .csv: id,score,match)" };

    public static Command Create(CliContext context)
    {
        _ = context;
        var command = new Command("compare", "Score two names against each other with the screening scorer")
        {
            FirstArgument, SecondArgument, TypeOption, CliOptions.Threshold, InputOption, OutputOption,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse)));
        return command;
    }

    static int Run(ParseResult parse)
    {
        if (!CliOptions.TryScreeningOptions(parse, out var options)) return ExitCodes.Usage;
        var input = parse.GetValue(InputOption);
        if (input is not null) return CompareFile(input, parse.GetValue(OutputOption), options.Threshold);
        var first = parse.GetValue(FirstArgument);
        var second = parse.GetValue(SecondArgument);
        if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(second)) return CliOutput.UsageError("give two names, or --input pairs.csv --output FILE.jsonl");
        if (!QueryFields.TryParseKind(parse.GetValue(TypeOption), out var kind, out var error)) return CliOutput.UsageError(error!);

        var result = PairComparer.Compare(first, second, kind);
        var verdict = result.Score >= options.Threshold ? "[red]match[/]" : "[green]no match[/]";
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "score [bold]{0:0.000}[/]: {1} at threshold {2:0.00}", result.Score, verdict, options.Threshold);
        AnsiConsole.WriteLine(result.Explanation?.Summary ?? "no word of the two names met");
        return ExitCodes.Ok;
    }

    static int CompareFile(FileInfo input, FileInfo? output, double threshold)
    {
        if (output is null) return CliOutput.UsageError("--input needs --output FILE.jsonl or FILE.csv");
        if (!input.Exists) return CliOutput.BadInput($"{input.FullName}: no such file");
        using var reader = new StreamReader(input.FullName, Encoding.UTF8);
        using var csv = new CsvRecordReader(reader);
        if (!CsvHeader.TryRead(csv, ["id", "name1", "name2"], "type", out var header, out var headerError))
        {
            return CliOutput.BadInput($"{input.FullName}: {headerError}");
        }
        int id = header!.IndexOf("id"), first = header.IndexOf("name1"), second = header.IndexOf("name2"), type = header.IndexOf("type");
        var format = OutputFormats.For(output.FullName);

        var bad = 0;
        var warnings = 0;
        var written = 0;
        var temp = output.FullName + ".partial";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            if (format == OutputFormat.Csv) writer.Write("id,score,match\n");
            for (CsvRecord? record; (record = csv.Read()) is not null;)
            {
                if (!TryPair(record, header, id, first, second, out var pair, out var error))
                {
                    bad++;
                    Console.Error.WriteLine($"{input.Name}: line {record.Line}: {error}; row skipped");
                    continue;
                }
                if (!QueryFields.TryParseKind(CsvHeader.Field(record, type), out var kind, out var why))
                {
                    warnings++;
                    Console.Error.WriteLine($"{input.Name}: line {record.Line}: warning: {why}; type ignored, the names are compared");
                }
                var score = PairComparer.Compare(pair.First, pair.Second, kind).Score;
                writer.Write(format == OutputFormat.Csv
                    ? string.Create(CultureInfo.InvariantCulture, $"{CsvOutput.Field(pair.Id)},{score:0.####},{(score >= threshold ? "true" : "false")}\n")
                    : JsonLine(pair.Id, score, score >= threshold));
                written++;
            }
        }
        File.Move(temp, output.FullName, overwrite: true);
        Console.Error.WriteLine($"compared {written} pair(s), {bad} bad row(s) skipped, {warnings} field(s) ignored with a warning; results in {output.FullName}");
        return bad > 0 ? ExitCodes.PartialBatch : ExitCodes.Ok;
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

    static string JsonLine(string id, double score, bool match)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var json = new Utf8JsonWriter(buffer, MatchJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteNumber("score", score);
            json.WriteBoolean("match", match);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
