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
    static readonly Option<FileInfo?> OutputOption = new("--output", "-o") { Description = "Where to write {\"id\", \"score\", \"match\"} per pair (JSONL)" };

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
        if (output is null) return CliOutput.UsageError("--input needs --output FILE.jsonl");
        if (!input.Exists) return CliOutput.BadInput($"{input.FullName}: no such file");
        using var reader = new StreamReader(input.FullName, Encoding.UTF8);
        var csv = new CsvRecordReader(reader);
        var header = csv.Read();
        if (header is null || header.Error is not null) return CliOutput.BadInput($"{input.FullName}: line 1: a header with columns id,name1,name2 is required");
        var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        int id = names.IndexOf("id"), first = names.IndexOf("name1"), second = names.IndexOf("name2"), type = names.IndexOf("type");
        if (id < 0 || first < 0 || second < 0) return CliOutput.BadInput($"{input.FullName}: line 1: the header must have columns id,name1,name2 (type optional)");

        var bad = 0;
        var written = 0;
        var temp = output.FullName + ".partial";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            for (CsvRecord? record; (record = csv.Read()) is not null;)
            {
                string? Field(int column) => column >= 0 && column < record.Fields.Length ? record.Fields[column] : null;
                var error = record.Error;
                var kind = Interdict.Core.Lists.PartyKind.Unknown;
                if (error is null && (string.IsNullOrWhiteSpace(Field(id)) || string.IsNullOrWhiteSpace(Field(first)) || string.IsNullOrWhiteSpace(Field(second))))
                {
                    error = "id, name1 and name2 must not be empty";
                }
                if (error is null && !QueryFields.TryParseKind(Field(type), out kind, out error)) error ??= "bad type";
                if (error is not null)
                {
                    bad++;
                    Console.Error.WriteLine($"{input.Name}: line {record.Line}: {error}; row skipped");
                    continue;
                }
                var score = PairComparer.Compare(Field(first)!, Field(second)!, kind).Score;
                writer.Write(JsonLine(Field(id)!, score, score >= threshold));
                written++;
            }
        }
        File.Move(temp, output.FullName, overwrite: true);
        Console.Error.WriteLine($"compared {written} pair(s), {bad} bad row(s) skipped; results in {output.FullName}");
        return bad > 0 ? ExitCodes.PartialBatch : ExitCodes.Ok;
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
