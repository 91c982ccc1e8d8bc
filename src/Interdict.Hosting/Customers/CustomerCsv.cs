using Interdict.Core.Customers;
using Interdict.Hosting.Csv;

namespace Interdict.Hosting.Customers;

/// <summary>Reads customers from CSV, streaming: a header with <c>id,name</c> required and <c>type, dob, nationality,
/// country, imo, bic</c> optional (other columns ignored, names case-insensitive). A bad row is reported with its line
/// number and skipped; a file without the required columns is refused whole.</summary>
public static class CustomerCsv
{
    static readonly string[] Known = ["id", "name", "type", "dob", "nationality", "country", "imo", "bic"];

    /// <summary>Reads the header and checks the required columns.</summary>
    /// <param name="reader">The CSV reader, before its first record.</param>
    /// <param name="columns">The position of each known column (-1 when absent), in the order of <c>id, name, type, dob, nationality, country, imo, bic</c>.</param>
    /// <param name="error">Why the header is refused.</param>
    /// <returns>True when the header has the required columns.</returns>
    public static bool TryReadHeader(CsvRecordReader reader, out int[] columns, out string? error)
    {
        ArgumentNullException.ThrowIfNull(reader);
        columns = [];
        var header = reader.Read();
        if (header is null) { error = "the file is empty: a header line with at least id,name is required"; return false; }
        if (header.Error is not null) { error = $"line {header.Line}: {header.Error}"; return false; }
        var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        columns = [.. Known.Select(k => names.IndexOf(k))];
        if (columns[0] < 0 || columns[1] < 0)
        {
            error = $"line {header.Line}: the header must name the columns id and name (found: {string.Join(",", header.Fields)})";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>Reads the next row as a customer.</summary>
    /// <param name="reader">The reader, after the header.</param>
    /// <param name="columns">From <see cref="TryReadHeader"/>.</param>
    /// <returns>Null at the end; otherwise the row's line, and the customer or the problem naming the column.</returns>
    public static (int Line, Customer? Customer, string? Error)? ReadRow(CsvRecordReader reader, int[] columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(columns);
        while (reader.Read() is { } record)
        {
            if (record.Error is not null) return (record.Line, null, record.Error);
            if (record.Fields.Length == 0 || record.Fields.All(string.IsNullOrWhiteSpace)) continue;
            string? Field(int column) => columns[column] >= 0 && columns[column] < record.Fields.Length ? record.Fields[columns[column]] : null;
            var input = new CustomerInput(Field(0), Field(1), Field(2), Field(3), Field(4), Field(5), Field(6), Field(7));
            if (input.TryBuild(out var customer, out var errors)) return (record.Line, customer, null);
            return (record.Line, null, string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")));
        }
        return null;
    }
}
