using System.Globalization;

namespace Interdict.Cli.Output;

/// <summary>The one line every batch ends with on standard error, the same for each command so that it can be read
/// by eye and by a script:
/// <c>interdict: screen: 7 read, 6 screened, 2 with matches, 2 warning(s), 1 error(s), 0.4 s; results in hits.jsonl</c>.</summary>
/// <param name="Command">The command (<c>screen</c>, <c>check</c>, <c>compare</c>, <c>payments screen</c>).</param>
/// <param name="Read">Records read: rows, lines, messages.</param>
/// <param name="Done">Records answered (screened, decided, compared).</param>
/// <param name="Verb">What was done to them: "screened", "decided", "compared".</param>
/// <param name="Outcomes">The outcomes, counted ("2 with matches at threshold 0.80", "3 pass, 1 hold").</param>
/// <param name="Warnings">Fields ignored with a warning (the record was still answered).</param>
/// <param name="Errors">Records that could not be answered, each reported with its place (exit 3).</param>
/// <param name="Elapsed">Wall time of the run.</param>
sealed record RunSummary(string Command, long Read, long Done, string Verb, string Outcomes, long Warnings, long Errors, TimeSpan Elapsed)
{
    /// <summary>Where the results went, or null for standard output.</summary>
    public string? Destination { get; init; }

    /// <summary>The exit code the run ends with: a batch that finished with errors is 3, warnings alone are 0.</summary>
    public int ExitCode => Errors > 0 ? ExitCodes.PartialBatch : ExitCodes.Ok;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"interdict: {Command}: {Read} read, {Done} {Verb}{(Outcomes.Length > 0 ? $", {Outcomes}" : "")}, {Warnings} warning(s), {Errors} error(s), {Elapsed.TotalSeconds:0.0} s{(Destination is null ? "" : $"; results in {Destination}")}");

    /// <summary>Writes the line to standard error and returns the exit code.</summary>
    public int Report()
    {
        Console.Error.WriteLine(ToString());
        return ExitCode;
    }
}
