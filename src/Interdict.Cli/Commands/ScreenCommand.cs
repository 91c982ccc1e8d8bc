using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Interdict.Cli.Batch;
using Interdict.Cli.Output;
using Interdict.Core.Screening;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict screen "NAME"</c>, <c>interdict screen --input FILE.csv|- --output FILE|-</c> or
/// <c>interdict screen --text "TEXT"</c> (<c>--text -</c>: standard input).</summary>
static class ScreenCommand
{
    static readonly Argument<string?> NameArgument = new("name") { Description = "The name to screen (any script)", Arity = ArgumentArity.ZeroOrOne };
    static readonly Option<string?> TypeOption = new("--type") { Description = "person, organization, vessel or aircraft" };
    static readonly Option<string?> DobOption = new("--dob") { Description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD" };
    static readonly Option<string?> NationalityOption = new("--nationality") { Description = "Nationality: a country name or ISO code" };
    static readonly Option<string?> InputOption = new("--input", "-i") { Description = "Batch: a CSV file with a header (- for standard input); columns id,name required, type,dob,nationality optional" };
    static readonly Option<string?> TextOption = new("--text") { Description = "Find every listed name inside this text (a payment line, an invoice, a paragraph); - reads it from standard input" };
    static readonly Option<string?> OutputOption = new("--output", "-o") { Description = "Batch: where to write results (default, or -: standard output); .jsonl one object per row, .json one document, .csv one row per match" };
    static readonly Option<bool> ClusterOption = new("--cluster")
    {
        Description = "Batch: screen on the running cluster's silos (Interdict__Postgres as they use it); run again with the same arguments to resume",
    };
    static readonly Option<bool> ResumeOption = new("--resume") { Description = "Batch: continue a run that was interrupted (its OUTPUT.partial and OUTPUT.progress) from its last completed chunk; needs files, not -" };

    public static Command Create(CliContext context)
    {
        var command = new Command("screen", "Screen a name, or a CSV file of names, against the sanctions lists")
        {
            NameArgument, TypeOption, DobOption, NationalityOption,
            CliOptions.Lists, CliOptions.Threshold, CliOptions.AsOf, InputOption, OutputOption, ResumeOption, ClusterOption, TextOption, OutputFormats.Option,
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
            return CliOutput.UsageError("give either a NAME, --input FILE.csv (- for standard input), or --text TEXT (--text - reads standard input)");
        }
        if (!CliOptions.TryScreeningOptions(parse, out var options)) return ExitCodes.Usage;
        var output = parse.GetValue(OutputOption);
        if (input is null && output is not null) return CliOutput.UsageError("--output is for a batch (--input FILE.csv)");
        if (!OutputFormats.TryChoose(parse, output, batch: input is not null, out var format)) return ExitCodes.Usage;
        if (input is not null && format == OutputFormat.Table && !StandardStreams.IsStandard(output))
        {
            return CliOutput.UsageError($"--output {output}: a table is drawn on standard output; write a file as jsonl, json or csv");
        }
        if (parse.GetValue(ResumeOption)
            && (StandardStreams.RefuseStandard("--input", input, "--resume reads the input again from its start")
                || StandardStreams.RefuseStandard("--output", output, "--resume continues the output file the interrupted run left")))
        {
            return ExitCodes.Usage;
        }
        var cluster = parse.GetValue(ClusterOption);
        if (cluster && (input is null || StandardStreams.RefuseStandard("--input", input, "--cluster stores the file's rows for the silos and reads it again to resume")
            || StandardStreams.RefuseStandard("--output", output, "--cluster writes the file when every chunk is screened")))
        {
            return input is null ? CliOutput.UsageError("--cluster is for a batch (--input FILE.csv --output FILE)") : ExitCodes.Usage;
        }
        var screener = context.Screener(parse);
        var loaded = screener.Versions.Select(v => v.Source).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = options.Lists.Except(loaded, StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            return CliOutput.UsageError($"no list '{string.Join("', '", unknown)}' is loaded (loaded: {string.Join(", ", loaded)}; add one with `interdict lists import`)");
        }
        if (text is not null) return TextScreening.Run(context.Services(parse).Screening, text == "-" ? Console.In.ReadToEnd() : text, options, format);
        if (input is null) return ScreenOne(context, name!, parse, options, format);
        if (cluster) return ScreenOnCluster(context, parse, input, output!, format, options);
        return input == "-" || StandardStreams.IsStandard(output)
            ? ScreenStreams(context, parse, input, output, format, options)
            : ScreenFiles(context, parse, input, output!, format, options);
    }

    static int ScreenOne(CliContext context, string name, ParseResult parse, ScreeningOptions options, OutputFormat format)
    {
        if (!QueryFields.TryParseKind(parse.GetValue(TypeOption), out var kind, out var error)
            || !QueryFields.TryParseDateOfBirth(parse.GetValue(DobOption), out var dob, out error))
        {
            return CliOutput.UsageError(error!);
        }
        var query = new PartyQuery(name, kind) { DateOfBirth = dob, Nationality = parse.GetValue(NationalityOption) };
        // Audited as the server's /v1/screen is: the same service, the same trail.
        var outcome = context.Services(parse).Screening.ScreenAsync(query, options, CliServices.Actor, CancellationToken.None).GetAwaiter().GetResult();
        var versions = outcome.Versions.Select(v => v.ToString()).ToArray();
        var used = versions.Length == 0 ? "no list version in force" : string.Join(", ", versions);
        var screener = context.Screener(parse);
        // "No match" on a list with no version that day means nothing: said beside the answer it qualifies.
        var notes = screener.ListsNotInForce(options.AsOf, options.Lists).Select(list => string.Create(CultureInfo.InvariantCulture,
            $"No version of {list} was in force on {options.AsOf ?? screener.Today:yyyy-MM-dd} (its first loaded version is dated {screener.Versions.Where(v => v.Source == list).Min(v => v.Date):yyyy-MM-dd}): {list} was not screened.")).ToArray();
        var shape = new RecordShape<ScreeningHit>
        {
            Name = "matches",
            Title = $"{outcome.Hits.Count} match(es) for \"{name}\" — {used}",
            Empty = string.Create(CultureInfo.InvariantCulture, $"No match for {name} at threshold {options.Threshold:0.00} ({used})."),
            Notes = notes,
            Columns = HitColumns,
            Json = MatchJson.WriteMatch,
            JsonHeader = json =>
            {
                json.WriteString("name", name);
                json.WriteNumber("threshold", options.Threshold);
                json.WriteStartArray("list_versions");
                foreach (var version in versions) json.WriteStringValue(version);
                json.WriteEndArray();
            },
        };
        RecordWriter<ScreeningHit>.Print(shape, format, outcome.Hits);
        return ExitCodes.Ok;
    }

    static readonly Column<ScreeningHit>[] HitColumns =
    [
        new("score", "Score", h => h.Score) { Colour = h => h.Score >= 0.95 ? "red" : "yellow" },
        new("list", "List", h => h.Entry.Source),
        new("ref", "Ref", h => h.Entry.Reference),
        new("name", "Listed name", h => h.Entry.PrimaryName.Full),
        new("type", "Type", h => MatchJson.Kind(h.Entry.Kind)),
        new("matched_name", "Matched name", h => h.Explanation.MatchedName),
        new("explanation", "Why", h => h.Explanation.Summary),
    ];

    /// <summary>A batch from file to file: written whole or not at all, resumable.</summary>
    static int ScreenFiles(CliContext context, ParseResult parse, string input, string output, OutputFormat format, ScreeningOptions options)
    {
        if (!File.Exists(input)) return CliOutput.BadInput($"{Path.GetFullPath(input)}: no such file");
        var inputName = Path.GetFileName(input);
        var outputPath = Path.GetFullPath(output);
        var batch = NewBatch(context, parse, options, inputName, Path.GetFileName(output));
        var clock = Stopwatch.StartNew();
        BatchSummary summary;
        try
        {
            summary = CliOutput.IsTerminal
                ? RunWithProgress(batch, new FileInfo(input), outputPath, format, parse.GetValue(ResumeOption))
                : batch.Run(input, outputPath, format, parse.GetValue(ResumeOption));
        }
        catch (BatchInputException exception)
        {
            return CliOutput.BadInput(exception.Message);
        }
        RecordBatch(context, parse, new ScreenedFile(inputName, Sha256(input), Path.GetFileName(output), Sha256(outputPath), summary.Screened, summary.WithHits, summary.BadRows), options);
        return Summary(summary, options, clock.Elapsed, outputPath).Report();
    }

    /// <summary>A batch from file to file screened by the cluster's silos: resumable by running the same command again.</summary>
    static int ScreenOnCluster(CliContext context, ParseResult parse, string input, string output, OutputFormat format, ScreeningOptions options)
    {
        if (!File.Exists(input)) return CliOutput.BadInput($"{Path.GetFullPath(input)}: no such file");
        var inputName = Path.GetFileName(input);
        var outputPath = Path.GetFullPath(output);
        var clock = Stopwatch.StartNew();
        var inputHash = Sha256(input);
        var run = new ClusterBatchRun(context.Services(parse), context.Screener(parse), options)
        {
            Report = message => Console.Error.WriteLine($"{inputName}: {message}"),
            Notice = message => Console.Error.WriteLine($"interdict: {message}"),
        };
        BatchSummary summary;
        try
        {
            summary = run.RunAsync(input, outputPath, format, inputHash, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (BatchInputException exception)
        {
            return CliOutput.BadInput(exception.Message);
        }
        catch (Interdict.Cluster.ClusterConfigurationException exception)
        {
            return CliOutput.UsageError(exception.Message);
        }
        catch (ClusterUnavailableException exception)
        {
            Console.Error.WriteLine($"interdict: {exception.Message}");
            return ExitCodes.Unreachable;
        }
        RecordBatch(context, parse, new ScreenedFile(inputName, inputHash, Path.GetFileName(output), Sha256(outputPath), summary.Screened, summary.WithHits, summary.BadRows), options);
        return Summary(summary, options, clock.Elapsed, outputPath).Report();
    }

    /// <summary>A batch with standard input or output at one end: streamed, hashed as it passes for the audit record.</summary>
    static int ScreenStreams(CliContext context, ParseResult parse, string input, string? output, OutputFormat format, ScreeningOptions options)
    {
        using var inputStream = StandardStreams.OpenInput(input);
        if (inputStream is null) return ExitCodes.BadInput;
        using var inputHash = SHA256.Create();
        using var outputHash = SHA256.Create();
        using var target = OutputTarget.Open(output);
        var inputName = StandardStreams.NameOf(input);
        var clock = Stopwatch.StartNew();
        BatchSummary summary;
        using (var reading = new CryptoStream(inputStream, inputHash, CryptoStreamMode.Read, leaveOpen: true))
        using (var writing = new CryptoStream(target.Stream, outputHash, CryptoStreamMode.Write, leaveOpen: true))
        {
            // A table is drawn into the same stream (not the terminal's colours), so the audit's hash is of what was shown.
            using var table = format == OutputFormat.Table
                ? new RecordWriter<BatchRow>(new RecordShape<BatchRow> { Columns = BatchRowColumns }, format, writing, standardOutput: false)
                : null;
            var batch = NewBatch(context, parse, options, inputName, StandardStreams.IsStandard(output) ? "stdout" : Path.GetFileName(output!),
                table is null ? null : (id, hits) =>
                {
                    if (hits.Count == 0) table.Write(new BatchRow(id, 0, null));
                    for (var rank = 0; rank < hits.Count; rank++) table.Write(new BatchRow(id, rank + 1, hits[rank]));
                });
            try
            {
                summary = batch.Run(reading, inputName, writing, format);
            }
            catch (BatchInputException exception)
            {
                return CliOutput.BadInput(exception.Message);
            }
            table?.Complete();
            // The rest of the input (none, unless the CSV reader stopped early) still counts in its hash.
            reading.CopyTo(Stream.Null);
            writing.FlushFinalBlock();
        }
        target.Commit();
        var run = new ScreenedFile(inputName, Convert.ToHexStringLower(inputHash.Hash!), target.IsStandardOutput ? "stdout" : Path.GetFileName(output!),
            Convert.ToHexStringLower(outputHash.Hash!), summary.Screened, summary.WithHits, summary.BadRows);
        RecordBatch(context, parse, run, options);
        return Summary(summary, options, clock.Elapsed, target.IsStandardOutput ? null : target.Description).Report();
    }

    static BatchScreening NewBatch(CliContext context, ParseResult parse, ScreeningOptions options, string inputName, string outputName,
        Action<string, IReadOnlyList<ScreeningHit>>? screened = null) =>
        new(context.Screener(parse), options)
        {
            Report = message => Console.Error.WriteLine($"{inputName}: {message}"),
            Notice = message => Console.Error.WriteLine($"{outputName}: {message}"),
            Screened = screened,
        };

    /// <summary>A row of a batch's table: one per match, or one with rank 0 for a row without any (as in the CSV).</summary>
    sealed record BatchRow(string Id, int Rank, ScreeningHit? Hit);

    static readonly Column<BatchRow>[] BatchRowColumns =
    [
        new("id", "id", r => r.Id),
        new("rank", "rank", r => r.Rank),
        new("list", "list", r => r.Hit?.Entry.Source),
        new("ref", "ref", r => r.Hit?.Entry.Reference),
        new("name", "listed name", r => r.Hit?.Entry.PrimaryName.Full),
        new("score", "score", r => r.Hit?.Score),
        new("matched_name", "matched name", r => r.Hit?.Explanation.MatchedName),
        new("explanation", "why", r => r.Hit?.Explanation.Summary),
    ];

    static RunSummary Summary(BatchSummary summary, ScreeningOptions options, TimeSpan elapsed, string? destination) =>
        new("screen", summary.Screened + summary.BadRows, summary.Screened, "screened",
            string.Create(CultureInfo.InvariantCulture, $"{summary.WithHits} with matches at threshold {options.Threshold:0.00}"),
            summary.Warnings, summary.BadRows, elapsed)
        {
            Destination = destination,
        };

    /// <summary>The batch run in the audit trail: the input and output by their SHA-256, the counts.</summary>
    static void RecordBatch(CliContext context, ParseResult parse, ScreenedFile run, ScreeningOptions options) =>
        context.Services(parse).Screening.RecordFileAsync(run, options, CliServices.Actor, CancellationToken.None).GetAwaiter().GetResult();

    static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    static BatchSummary RunWithProgress(BatchScreening batch, FileInfo input, string output, OutputFormat format, bool resume)
    {
        BatchSummary? summary = null;
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("screening", maxValue: Math.Max(1, input.Length));
                batch.Progress = bytes => task.Value = bytes;
                summary = batch.Run(input.FullName, output, format, resume);
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
