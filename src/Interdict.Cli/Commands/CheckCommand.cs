using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Cli.Commands.Rules;
using Interdict.Cli.Output;
using Interdict.Core.Screening;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict check --input checks.jsonl|- [--output FILE|-]</c> or <c>interdict check --file one.json|-</c>:
/// decide DPRK-regime checks (CHECK-FORMAT) as of each check's date.</summary>
static class CheckCommand
{
    static readonly Option<string?> InputOption = new("--input", "-i") { Description = "Checks, one JSON object per line (CHECK-FORMAT §1; - for standard input); a labelled case {\"check\": {...}, \"expected\": ...} is answered as its check" };
    static readonly Option<string?> OutputOption = new("--output", "-o") { Description = "Where to write the answers (default, or -: standard output; .jsonl one per line, .json one document, .csv)" };
    static readonly Option<string?> FileOption = new("--file", "-f") { Description = "One check as a JSON file (- for standard input)" };
    static readonly Option<bool> JsonOption = new("--json") { Description = "The same as --format json" };

    static readonly Column<Answer>[] Columns =
    [
        new("id", "Id", a => a.Id),
        new("decision", "Decision", a => a.Decision.ToWire()) { Colour = a => Colour(a.Decision) },
        new("basis", "Basis", a => a.Basis.Select(b => b.ToString()).ToArray()),
        new("exemption", "Exemption", a => a.Exemption),
        new("cap", "Cap", a => a.Cap?.Id),
        new("party_hits", "Party hits", a => a.PartyHits.Select(h => $"{h.Name} ({h.Role}): {h.Reference ?? "stated designated"}").ToArray()),
        new("flags", "Flags", a => a.Flags.ToArray()),
        new("explanation", "Explanation", a => a.Explanation),
    ];

    public static Command Create(CliContext context)
    {
        var command = new Command("check", "Decide DPRK (UN 1718) regime checks: may we do this, on this date, and why?")
        {
            InputOption, OutputOption, FileOption, JsonOption, OutputFormats.Option,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(context, parse, cancellation)));
        return command;
    }

    static int Run(CliContext context, ParseResult parse, CancellationToken cancellation)
    {
        var input = parse.GetValue(InputOption);
        var file = parse.GetValue(FileOption);
        if (input is null == file is null) return CliOutput.UsageError("give either --input FILE.jsonl (- for standard input) or --file ONE.json");
        var output = parse.GetValue(OutputOption);
        if (file is not null && output is not null) return CliOutput.UsageError("--output is for a file of checks (--input); --file prints its answer");
        OutputFormat format;
        if (parse.GetValue(JsonOption) && parse.GetValue(OutputFormats.Option) is null) format = OutputFormat.Json;
        else if (!OutputFormats.TryChoose(parse, output, batch: input is not null, out format)) return ExitCodes.Usage;
        var source = input ?? file!;
        using var stream = StandardStreams.OpenInput(source);
        if (stream is null) return ExitCodes.BadInput;
        if (!RulesRuntime.TryLoad("un-dprk", out var rulebook)) return ExitCodes.BadInput;
        IPartyScreener screener = context.Screener(parse);
        var evaluator = new RuleEvaluator(rulebook!, screener);
        var decided = new List<(JsonElement Check, Answer Answer)>();
        var code = input is not null
            ? RunBatch(evaluator, stream, StandardStreams.NameOf(input), output, format, decided, cancellation)
            : RunOne(evaluator, stream, StandardStreams.NameOf(file!), format, decided);
        // Audited as the server's /v1/check is: one record for one check, one for a batch.
        if (decided.Count > 0)
        {
            context.Services(parse).Checks.RecordAsync([.. decided.Select(d => d.Check)], [.. decided.Select(d => d.Answer)], CliServices.Actor, cancellation)
                .GetAwaiter().GetResult();
        }
        return code;
    }

    static int RunBatch(RuleEvaluator evaluator, Stream input, string inputName, string? output, OutputFormat format, List<(JsonElement, Answer)> decided, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var bad = 0;
        var read = 0;
        using var target = OutputTarget.Open(output);
        using (var writer = new RecordWriter<Answer>(new RecordShape<Answer> { Name = "answers", Columns = Columns, Json = AnswerJson.Write }, format, target.Stream, target.IsStandardOutput))
        using (var reader = new StreamReader(input, new UTF8Encoding(false)))
        {
            var number = 0;
            for (string? line; (line = reader.ReadLine()) is not null;)
            {
                cancellation.ThrowIfCancellationRequested();
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                read++;
                if (TryAnswer(evaluator, line, out var check, out var answer, out var error))
                {
                    writer.Write(answer!);
                    decided.Add((check, answer!));
                }
                else
                {
                    bad++;
                    Console.Error.WriteLine($"interdict: {inputName}:{number.ToString(CultureInfo.InvariantCulture)}: {error} (line skipped)");
                }
            }
            writer.Complete();
        }
        target.Commit();
        var decisions = string.Join(", ", decided.GroupBy(d => d.Item2.Decision).OrderBy(g => g.Key).Select(g =>
            string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToWire().Replace('_', ' ')}")));
        // As the README's exit codes say: a batch that finished with bad lines is 3, like a screening batch.
        return new RunSummary("check", read, decided.Count, "decided", decisions, 0, bad, clock.Elapsed)
        {
            Destination = target.IsStandardOutput ? null : target.Description,
        }.Report();
    }

    static int RunOne(RuleEvaluator evaluator, Stream input, string name, OutputFormat format, List<(JsonElement, Answer)> decided)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false));
        if (!TryAnswer(evaluator, reader.ReadToEnd(), out var check, out var answer, out var error)) return CliOutput.BadInput($"{name}: {error}");
        decided.Add((check, answer!));
        var shape = new RecordShape<Answer> { Columns = Columns, Json = AnswerJson.Write, Table = (console, answers) => Print(console, answers[0]) };
        RecordWriter<Answer>.Print(shape, format, [answer!]);
        return ExitCodes.Ok;
    }

    /// <summary>Reads and decides one check; <paramref name="check"/> is a copy of its JSON (for the audit record).</summary>
    static bool TryAnswer(RuleEvaluator evaluator, string json, out JsonElement check, out Answer? answer, out string? error)
    {
        answer = null;
        check = default;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            error = $"not JSON: {e.Message}";
            return false;
        }
        using (document)
        {
            var element = CheckOf(document.RootElement);
            if (!CheckReader.TryRead(element, out var read, out error)) return false;
            try
            {
                answer = evaluator.Evaluate(read!);
                check = element.Clone();
                return true;
            }
            catch (ArgumentException e)
            {
                error = e.Message;
                return false;
            }
        }
    }

    /// <summary>The check itself, or the check of a labelled case (<c>{"id", "description", "check": {...},
    /// "expected": {...}}</c>, as evaluation sets hold them), so that a set can be run as it is.</summary>
    static JsonElement CheckOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("activity", out _)
            && root.TryGetProperty("check", out var inner) && inner.ValueKind == JsonValueKind.Object
            ? inner
            : root;

    static string Colour(Decision decision) => decision switch
    {
        Decision.Prohibited => "red",
        Decision.RequiresCommitteeApproval => "orange1",
        Decision.CapApplies => "yellow",
        _ => "green",
    };

    static void Print(IAnsiConsole console, Answer answer)
    {
        var colour = Colour(answer.Decision);
        console.MarkupLine($"[bold]{Markup.Escape(answer.Id)}[/]: [bold {colour}]{answer.Decision.ToWire()}[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn("");
        table.HideHeaders();
        table.AddRow("basis", Markup.Escape(answer.Basis.Length == 0 ? "(none)" : string.Join("; ", answer.Basis)));
        if (answer.Exemption is not null) table.AddRow("exemption", Markup.Escape(answer.Exemption));
        if (answer.Cap is { } cap)
        {
            var ceiling = string.Join(", ", new[]
            {
                cap.Quantity is { } q ? string.Create(CultureInfo.InvariantCulture, $"{q:N0} {cap.Unit}") : null,
                cap.ValueUsd is { } v ? string.Create(CultureInfo.InvariantCulture, $"USD {v:N0}") : null,
                cap.BaselineFrom is { } bf ? string.Create(CultureInfo.InvariantCulture, $"own supply {bf:yyyy-MM-dd} to {cap.BaselineTo:yyyy-MM-dd}") : null,
                cap.Rule,
            }.Where(s => s is not null));
            table.AddRow("cap", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{cap.Id}: {ceiling}; period {cap.PeriodFrom:yyyy-MM-dd} to {cap.PeriodTo:yyyy-MM-dd}; remaining {(cap.RemainingQuantity ?? cap.RemainingValueUsd)?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown"}")));
            table.AddRow("cap conditions", Markup.Escape(string.Join("\n", cap.Conditions)));
        }
        foreach (var hit in answer.PartyHits)
        {
            table.AddRow("party hit", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{hit.Name} ({hit.Role}): {hit.Reference ?? "stated designated"}{(hit.ListedOn is { } l ? $", listed {l:yyyy-MM-dd}" : "")}{(hit.Decisive ? "" : " (not decisive)")}")));
        }
        if (answer.Flags.Length > 0) table.AddRow("flags", Markup.Escape(string.Join(", ", answer.Flags)));
        console.Write(table);
        console.WriteLine(answer.Explanation);
    }
}
