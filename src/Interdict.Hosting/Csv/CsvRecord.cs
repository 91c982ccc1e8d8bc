namespace Interdict.Hosting.Csv;

/// <summary>One CSV record, or the reason it could not be read.</summary>
/// <param name="Line">The line the record is on, 1-based.</param>
/// <param name="Fields">The fields, unescaped and untrimmed; empty when malformed.</param>
/// <param name="Error">Why the record could not be read, or null.</param>
public sealed record CsvRecord(int Line, string[] Fields, string? Error)
{
    /// <summary>A record that could not be read.</summary>
    /// <param name="line">Where it is.</param>
    /// <param name="error">Why.</param>
    public static CsvRecord Malformed(int line, string error) => new(line, [], error);
}
