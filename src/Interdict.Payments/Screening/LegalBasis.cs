namespace Interdict.Payments.Screening;

/// <summary>A paragraph of a resolution that a decision rests on.</summary>
/// <param name="Resolution">The resolution number (<c>1718</c>).</param>
/// <param name="Paragraph">The operative paragraph (<c>8(d)</c>).</param>
public sealed record LegalBasis(string Resolution, string Paragraph)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Resolution} op{Paragraph}";
}
