using System.Globalization;
using System.Text;

namespace Interdict.Payments;

/// <summary>Why a message was refused, or a caveat on how it was read.</summary>
/// <param name="Origin">The source the message came from (a file name, <c>-</c>, or a caller's label), with the
/// message's position when the source holds several (<c>batch.fin#3</c>).</param>
/// <param name="Line">1-based line in the source where the problem is; 0 when no line applies.</param>
/// <param name="Column">1-based column on <paramref name="Line"/>, when known.</param>
/// <param name="Path">The element path or MT field at fault (<c>/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]</c>, <c>:32A:</c>),
/// when known.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <remarks>Immutable. <see cref="ToString"/> gives a compiler-style one-line form: <c>origin(line,column): path: message</c>.</remarks>
public sealed record PaymentIssue(string Origin, int Line, int? Column, string? Path, string Message)
{
    /// <summary>An issue at a place of a message.</summary>
    public static PaymentIssue At(string origin, Place place, string message) =>
        new(origin, place.Line, place.Column, place.Path, message);

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
        if (Path is not null) text.Append(' ').Append(Path).Append(':');
        return text.Append(' ').Append(Message).ToString();
    }
}
