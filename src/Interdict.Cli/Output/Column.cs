namespace Interdict.Cli.Output;

/// <summary>One column of printed records: its key (the CSV header and the JSON property), its heading in a table,
/// and its value (a string, number, bool, date or null; <see cref="RecordWriter{T}"/> writes each type in each format).</summary>
/// <typeparam name="T">The record.</typeparam>
/// <param name="Key">snake_case, as the HTTP API names its properties.</param>
/// <param name="Heading">The table's heading.</param>
/// <param name="Value">The value of a record.</param>
sealed record Column<T>(string Key, string Heading, Func<T, object?> Value)
{
    /// <summary>How a number is shown in a table (CSV and JSON carry it whole); default: <c>N0</c> for whole numbers, <c>0.00</c> otherwise.</summary>
    public string? TableFormat { get; init; }

    /// <summary>The colour of the cell in a table (a Spectre colour name), or null.</summary>
    public Func<T, string?>? Colour { get; init; }
}
