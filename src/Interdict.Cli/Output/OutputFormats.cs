using System.CommandLine;

namespace Interdict.Cli.Output;

/// <summary>The one place that chooses how a command prints: <c>--format</c> when given, else the output file's
/// extension, else a table on a terminal and JSON (JSON Lines for a batch) when standard output is a pipe or a file.</summary>
static class OutputFormats
{
    static readonly (string Name, OutputFormat Format)[] Names =
        [("json", OutputFormat.Json), ("jsonl", OutputFormat.JsonLines), ("csv", OutputFormat.Csv), ("table", OutputFormat.Table)];

    static readonly (string Extension, OutputFormat Format)[] Extensions =
        [(".json", OutputFormat.Json), (".jsonl", OutputFormat.JsonLines), (".ndjson", OutputFormat.JsonLines), (".csv", OutputFormat.Csv)];

    /// <summary><c>--format</c>, on every command that prints.</summary>
    public static readonly Option<string?> Option = CreateOption();

    static Option<string?> CreateOption()
    {
        var option = new Option<string?>("--format")
        {
            Description = "json, jsonl, csv or table (default: a table on a terminal, JSON when piped; with --output FILE, its extension)",
        };
        option.AcceptOnlyFromAmong([.. Names.Select(n => n.Name)]);
        return option;
    }

    /// <summary>The name of a format, as <c>--format</c> takes it.</summary>
    public static string NameOf(OutputFormat format) => Names.First(n => n.Format == format).Name;

    /// <summary>The output file extensions understood, for messages.</summary>
    public static string KnownExtensions => string.Join(", ", Extensions.Select(e => e.Extension));

    /// <summary>Chooses the format of a command's output; a usage error (reported) when the output file's extension is
    /// not a format, or the format is not one the command can write.</summary>
    /// <param name="parse">The command line (<c>--format</c>).</param>
    /// <param name="output">The output file, or null / <c>-</c> for standard output.</param>
    /// <param name="batch">A batch writes a record per input row: JSON Lines when piped, not one JSON document.</param>
    /// <param name="accepted">The formats the command writes (default: all).</param>
    /// <param name="format">The format.</param>
    public static bool TryChoose(ParseResult parse, string? output, bool batch, out OutputFormat format, params OutputFormat[] accepted)
    {
        var given = parse.GetValue(Option);
        if (given is not null) format = Names.First(n => n.Name == given).Format;
        else if (!StandardStreams.IsStandard(output))
        {
            var extension = Path.GetExtension(output!);
            var known = Extensions.FirstOrDefault(e => string.Equals(e.Extension, extension, StringComparison.OrdinalIgnoreCase));
            if (known.Extension is null)
            {
                format = default;
                CliOutput.UsageError($"--output {output}: {(extension.Length == 0 ? "no extension" : $"'{extension}' is not an output format")}; "
                    + $"use {KnownExtensions}, or say which with --format {string.Join("|", Names.Select(n => n.Name))}");
                return false;
            }
            format = known.Format;
        }
        else if (CliOutput.IsStandardOutputTerminal && (accepted.Length == 0 || accepted.Contains(OutputFormat.Table))) format = OutputFormat.Table;
        else format = batch ? OutputFormat.JsonLines : OutputFormat.Json;
        if (accepted.Length > 0 && !accepted.Contains(format))
        {
            CliOutput.UsageError($"this command writes {string.Join(", ", accepted.Select(NameOf))}, not {NameOf(format)} (--format, or --output's extension)");
            return false;
        }
        return true;
    }
}
