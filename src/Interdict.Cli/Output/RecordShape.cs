using System.Text.Json;
using Spectre.Console;

namespace Interdict.Cli.Output;

/// <summary>What a command prints, the same in every format: its records' columns (a table's, a CSV file's), and how a
/// record and the whole document read as JSON. <see cref="RecordWriter{T}"/> writes it.</summary>
/// <typeparam name="T">The record.</typeparam>
sealed class RecordShape<T>
{
    /// <summary>The JSON document's array of records (<c>{"matches": [...]}</c>); null for a command that answers with
    /// one record, whose JSON document is that record.</summary>
    public string? Name { get; init; }

    /// <summary>The columns of a table and of CSV; by default also the properties of a record in JSON.</summary>
    public required IReadOnlyList<Column<T>> Columns { get; init; }

    /// <summary>A record as a JSON object, when it is richer than its columns (a match with its explanation, as the HTTP
    /// API writes it).</summary>
    public Action<Utf8JsonWriter, T>? Json { get; init; }

    /// <summary>Properties of the JSON document before its records (the query, the list versions used).</summary>
    public Action<Utf8JsonWriter>? JsonHeader { get; init; }

    /// <summary>The table's title.</summary>
    public string? Title { get; init; }

    /// <summary>Said instead of an empty table.</summary>
    public string? Empty { get; init; }

    /// <summary>Said after the table; in the other formats on standard error, so that the output stays parseable.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Draws the records itself when a plain table would not read well (a check's answer, an HS code's tree).</summary>
    public Action<IAnsiConsole, IReadOnlyList<T>>? Table { get; init; }
}
