namespace Interdict.Cli.Output;

/// <summary>How a command prints what it found (<c>--format</c>; <see cref="OutputFormats"/> chooses one).</summary>
enum OutputFormat
{
    /// <summary>A table for people: the default on a terminal.</summary>
    Table,
    /// <summary>One JSON document: the default when standard output is a pipe or a file.</summary>
    Json,
    /// <summary>One JSON object per line (JSON Lines): the default of a batch when piped, and of <c>.jsonl</c> files.</summary>
    JsonLines,
    /// <summary>CSV with a header line (RFC 4180; a cell a spreadsheet would run as a formula is prefixed with <c>'</c>).</summary>
    Csv,
}
