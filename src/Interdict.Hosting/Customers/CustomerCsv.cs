using Interdict.Core.Customers;
using Interdict.Hosting.Csv;

namespace Interdict.Hosting.Customers;

/// <summary>Reads customers from CSV, streaming: a header with <c>id,name</c> required and <c>type, dob, nationality,
/// country, imo, bic, owners</c> optional (owners: <see cref="OwnerInput.FromCsv"/>) (other columns ignored, names case-insensitive; separator <c>,</c> <c>;</c> or tab).
/// A row without a usable id or name is reported with its line number and skipped; a bad optional field is left out
/// with a warning and the row is kept. A file without the required columns is refused whole.</summary>
public static class CustomerCsv
{
    static readonly string[] Required = ["id", "name"];
    static readonly string[] Optional = ["type", "dob", "nationality", "country", "imo", "bic", "owners"];

    /// <summary>Reads the header and checks the required columns.</summary>
    /// <param name="reader">The CSV reader, before its first record.</param>
    /// <param name="columns">The columns, when usable.</param>
    /// <param name="error">Why the header is refused, naming the line.</param>
    /// <returns>True when the header has the required columns.</returns>
    public static bool TryReadHeader(CsvRecordReader reader, out CustomerColumns? columns, out string? error)
    {
        columns = null;
        if (!CsvHeader.TryRead(reader, Required, string.Join(",", Optional), out var header, out error)) return false;
        columns = new CustomerColumns(header!);
        return true;
    }

    /// <summary>Reads the next row as a customer.</summary>
    /// <param name="reader">The reader, after the header.</param>
    /// <param name="columns">From <see cref="TryReadHeader"/>.</param>
    /// <returns>Null at the end; otherwise the row: its customer and the fields left out, or why it was skipped.</returns>
    public static CustomerRow? ReadRow(CsvRecordReader reader, CustomerColumns columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(columns);
        if (reader.Read() is not { } record) return null;
        if (record.Error is not null) return new CustomerRow(record.Line, null, record.Error, []);
        string? Field(string name) => CsvHeader.Field(record, columns.Header.IndexOf(name));
        var input = new CustomerInput(Field("id"), Field("name"), Field("type"), Field("dob"), Field("nationality"), Field("country"), Field("imo"), Field("bic"));
        var ragged = columns.Header.Ragged(record);
        if (!input.TryBuild(out var customer, out var errors, out var warnings))
        {
            var why = string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}"));
            return new CustomerRow(record.Line, null, ragged is null ? why : $"{why} ({ragged})", []);
        }
        var ownerWarnings = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = OwnerInput.Build(OwnerInput.FromCsv(Field("owners"), ownerWarnings), ownerWarnings);
        if (!owners.IsEmpty) customer = customer! with { Owners = owners };
        IReadOnlyList<string> notes = [.. warnings.Concat(ownerWarnings).Select(w => $"{w.Key}: {w.Value}; field ignored"), .. ragged is null ? [] : new[] { ragged }];
        return new CustomerRow(record.Line, customer, null, notes);
    }
}

/// <summary>The columns of a customer CSV file.</summary>
/// <param name="Header">The header read.</param>
public sealed record CustomerColumns(CsvHeader Header);

/// <summary>One row of a customer CSV file.</summary>
/// <param name="Line">Its line.</param>
/// <param name="Customer">The customer; null when the row was skipped.</param>
/// <param name="Error">Why the row was skipped, or null.</param>
/// <param name="Warnings">Fields left out (and other notes) when the row was kept.</param>
public sealed record CustomerRow(int Line, Customer? Customer, string? Error, IReadOnlyList<string> Warnings);
