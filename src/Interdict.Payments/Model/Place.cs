using System.Globalization;

namespace Interdict.Payments;

/// <summary>Where a value stands in a message: the path that names it and the line of the source text it was read from.</summary>
/// <param name="Path">For ISO 20022 an XPath-like path of local names with 1-based positions of repeated elements
/// (<c>/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr/Nm</c>); for SWIFT MT the field tag with its sequence and
/// line within the field (<c>:59F: line 2</c>, <c>B[2]/:59: line 1</c>, <c>{2:} receiver</c>).</param>
/// <param name="Line">1-based line in the source text (of the whole file, for a file of several messages); 0 when unknown.</param>
/// <param name="Column">1-based column on <paramref name="Line"/>, when known.</param>
/// <remarks>Immutable. Places let an explanation point at the field that hit, and an error at the field that is wrong.</remarks>
public readonly record struct Place(string Path, int Line, int? Column = null)
{
    /// <inheritdoc/>
    public override string ToString() => Line <= 0
        ? Path
        : Column is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{Path} (line {Line}, column {column})")
            : string.Create(CultureInfo.InvariantCulture, $"{Path} (line {Line})");
}
