using System.Globalization;

namespace Interdict.Hosting.Csv;

/// <summary>The columns of a CSV file, named by its header line (names trimmed, case-insensitive, a byte-order mark
/// ignored); other columns are ignored.</summary>
public sealed class CsvHeader
{
    readonly string[] _names;
    readonly string _separator;

    CsvHeader(int line, string[] names, string separator)
    {
        Line = line;
        _names = names;
        _separator = separator;
    }

    /// <summary>The header's line.</summary>
    public int Line { get; }

    /// <summary>The column names, trimmed and in lower case.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The separator's name, for messages (<c>','</c>, <c>';'</c>, <c>tab</c>).</summary>
    public string SeparatorName => _separator;

    /// <summary>A header read before, restored from its parts (a cluster's silo screens a chunk of a file read elsewhere).</summary>
    /// <param name="line">Its line.</param>
    /// <param name="names">Its <see cref="Names"/>.</param>
    /// <param name="separatorName">Its <see cref="SeparatorName"/>.</param>
    public static CsvHeader Restore(int line, IReadOnlyList<string> names, string separatorName)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(separatorName);
        return new CsvHeader(line, [.. names], separatorName);
    }

    /// <summary>How many columns the header names.</summary>
    public int Count => _names.Length;

    /// <summary>Reads the header and checks that it names the required columns.</summary>
    /// <param name="reader">The reader, before its first record.</param>
    /// <param name="required">The columns a row cannot do without, in lower case.</param>
    /// <param name="optional">The other columns read, for the message (e.g. <c>type,dob,nationality</c>).</param>
    /// <param name="header">The header, when usable.</param>
    /// <param name="error">Why the file is refused, naming the line.</param>
    /// <returns>True when usable.</returns>
    public static bool TryRead(CsvRecordReader reader, IReadOnlyList<string> required, string optional, out CsvHeader? header, out string? error)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(required);
        header = null;
        var expected = string.Join(",", required);
        var record = reader.Read();
        if (record is null)
        {
            error = $"the file is empty: a header line naming the columns {expected} is required";
            return false;
        }
        if (record.Error is not null)
        {
            error = $"line {record.Line}: the header cannot be read: {record.Error}";
            return false;
        }
        var names = record.Fields.Select(f => f.Trim().Trim('\uFEFF').Trim().ToLowerInvariant()).ToArray();
        var missing = required.Where(r => Array.IndexOf(names, r) < 0).ToArray();
        if (missing.Length > 0)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"line {record.Line}: the header has no '{string.Join("', '", missing)}' column (columns {expected} are required; {optional} optional; found: {string.Join(",", names)}; separator {reader.SeparatorName})");
            return false;
        }
        header = new CsvHeader(record.Line, names, reader.SeparatorName);
        error = null;
        return true;
    }

    /// <summary>Where a column is; -1 when the header does not name it.</summary>
    /// <param name="name">The column's name, in lower case.</param>
    public int IndexOf(string name) => Array.IndexOf(_names, name);

    /// <summary>A field of a row by column; null when the column is absent or the row too short.</summary>
    /// <param name="record">The row.</param>
    /// <param name="column">From <see cref="IndexOf"/>.</param>
    public static string? Field(CsvRecord record, int column)
    {
        ArgumentNullException.ThrowIfNull(record);
        return column >= 0 && column < record.Fields.Length ? record.Fields[column] : null;
    }

    /// <summary>Says how a row's fields differ in number from the header's columns; null when they agree.</summary>
    /// <param name="record">The row.</param>
    public string? Ragged(CsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Fields.Length == _names.Length ? null : string.Create(CultureInfo.InvariantCulture,
            $"the row has {record.Fields.Length} field(s) where the header has {_names.Length} (separator {_separator})");
    }
}
