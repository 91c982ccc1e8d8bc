using System.Globalization;
using System.Text;

namespace Interdict.Lists;

/// <summary>Something an importer could not use, or used with a caveat: a skipped record, an unreadable field,
/// or the fault that made a whole file unusable.</summary>
/// <param name="Origin">The file the issue is in (file name as given to the importer).</param>
/// <param name="Line">The 1-based line number where the problem is, or 0 when no line applies (a missing file).</param>
/// <param name="Column">Where on <paramref name="Line"/>, 1-based, when known: for XML the character position; for CSV the
/// field number when a field is at fault (12 for OFAC's Remarks), or the character position of a quoting error.</param>
/// <param name="Element">The XML element or CSV field being read, when known (<c>INDIVIDUAL_DOCUMENT</c>, <c>Remarks</c>).</param>
/// <param name="Record">The list reference of the record concerned, when known (<c>KPi.033</c>, OFAC entity number).</param>
/// <param name="Message">What is wrong and what the importer did about it, in plain words.</param>
/// <remarks>Immutable. <see cref="ToString"/> gives a compiler-style one-line form:
/// <c>file(line,column): element [record]: message</c>.</remarks>
public sealed record ImportIssue(string Origin, int Line, int? Column, string? Element, string? Record, string Message)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder(Origin);
        if (Line > 0)
        {
            text.Append('(').Append(Line.ToString(CultureInfo.InvariantCulture));
            if (Column is { } column) text.Append(',').Append(column.ToString(CultureInfo.InvariantCulture));
            text.Append(')');
        }
        text.Append(':');
        if (Element is not null) text.Append(' ').Append(Element);
        if (Record is not null) text.Append(" [").Append(Record).Append(']');
        if (Element is not null || Record is not null) text.Append(':');
        return text.Append(' ').Append(Message).ToString();
    }
}
