using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Cli.Commands.Rules;
using Interdict.Core.Screening;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict check --input checks.jsonl --output answers.jsonl</c> or <c>interdict check --file one.json</c>:
/// decide DPRK-regime checks (CHECK-FORMAT) as of each check's date.</summary>
static class CheckCommand
{
    static readonly Option<FileInfo?> InputOption = new("--input", "-i") { Description = "Checks, one JSON object per line (CHECK-FORMAT §1); a labelled case {\"check\": {...}, \"expected\": ...} is answered as its check" };
    static readonly Option<FileInfo?> OutputOption = new("--output", "-o") { Description = "Where to write the answers, one JSON object per line (default: standard output)" };
    static readonly Option<FileInfo?> FileOption = new("--file", "-f") { Description = "One check as a JSON file: the answer is printed readably" };
    static readonly Option<bool> JsonOption = new("--json") { Description = "With --file: print the answer as JSON instead" };

    public static Command Create(CliContext context)
    {
        var command = new Command("check", "Decide DPRK (UN 1718) regime checks: may we do this, on this date, and why?")
        {
            InputOption, OutputOption, FileOption, JsonOption,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(context, parse, cancellation)));
        return command;
    }

    static int Run(CliContext context, ParseResult parse, CancellationToken cancellation)
    {
        var input = parse.GetValue(InputOption);
        var file = parse.GetValue(FileOption);
        if (input is null == file is null) return CliOutput.UsageError("give either --input FILE.jsonl (with --output) or --file ONE.json");
        var source = input ?? file!;
        if (!source.Exists) return CliOutput.BadInput($"{source.FullName}: file not found");
        if (!RulesRuntime.TryLoad("un-dprk", out var rulebook)) return ExitCodes.BadInput;
        IPartyScreener screener = context.Screener(parse);
        var evaluator = new RuleEvaluator(rulebook!, screener);
        var decided = new List<(JsonElement Check, Answer Answer)>();
        var code = input is not null
            ? RunBatch(evaluator, input, parse.GetValue(OutputOption), decided, cancellation)
            : RunOne(evaluator, file!, parse.GetValue(JsonOption), decided);
        // Audited as the server's /v1/check is: one record for one check, one for a batch.
        if (decided.Count > 0)
        {
            context.Services(parse).Checks.RecordAsync([.. decided.Select(d => d.Check)], [.. decided.Select(d => d.Answer)], CliServices.Actor, cancellation)
                .GetAwaiter().GetResult();
        }
        return code;
    }

    static int RunBatch(RuleEvaluator evaluator, FileInfo input, FileInfo? output, List<(JsonElement, Answer)> decided, CancellationToken cancellation)
    {
        var bad = 0;
        using var writer = output is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(output.FullName, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        var number = 0;
        foreach (var line in File.ReadLines(input.FullName))
        {
            cancellation.ThrowIfCancellationRequested();
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (TryAnswer(evaluator, line, out var check, out var answer, out var error))
            {
                writer.WriteLine(AnswerJson.ToLine(answer!));
                decided.Add((check, answer!));
            }
            else
            {
                bad++;
                Console.Error.WriteLine($"interdict: {input.Name}:{number.ToString(CultureInfo.InvariantCulture)}: {error} (line skipped)");
            }
        }
        writer.Flush();
        var decisions = string.Join(", ", decided.GroupBy(d => d.Item2.Decision).OrderBy(g => g.Key).Select(g =>
            string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToWire().Replace('_', ' ')}")));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decided {decided.Count} check(s){(decided.Count > 0 ? $" ({decisions})" : "")}, {bad} bad line(s) skipped{(output is null ? "" : $"; answers in {output.FullName}")}"));
        // As the README's exit codes say: a batch that finished with bad lines is 3, like a screening batch.
        return bad == 0 ? ExitCodes.Ok : ExitCodes.PartialBatch;
    }

    static int RunOne(RuleEvaluator evaluator, FileInfo file, bool json, List<(JsonElement, Answer)> decided)
    {
        if (!TryAnswer(evaluator, File.ReadAllText(file.FullName), out var check, out var answer, out var error)) return CliOutput.BadInput($"{file.Name}: {error}");
        decided.Add((check, answer!));
        if (json)
        {
            Console.WriteLine(AnswerJson.ToLine(answer!));
            return ExitCodes.Ok;
        }
        Print(answer!);
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

    static void Print(Answer answer)
    {
        var colour = answer.Decision switch
        {
            Decision.Prohibited => "red",
            Decision.RequiresCommitteeApproval => "orange1",
            Decision.CapApplies => "yellow",
            Decision.PermittedWithExemption => "green",
            _ => "green",
        };
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(answer.Id)}[/]: [bold {colour}]{answer.Decision.ToWire()}[/]");
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
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(answer.Explanation);
    }
}
