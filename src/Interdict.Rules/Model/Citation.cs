namespace Interdict.Rules.Model;

/// <summary>A legal basis: a resolution number and an operative paragraph.</summary>
/// <param name="Resolution">The resolution number as text (<c>2321</c>).</param>
/// <param name="Paragraph">The operative paragraph (<c>26</c>, <c>8(d)</c>, <c>9-13</c>), or null when the paragraph is not verified.</param>
public readonly record struct Citation(string Resolution, string? Paragraph)
{
    /// <inheritdoc/>
    public override string ToString() => Paragraph is null ? $"{Resolution} (paragraph not verified)" : $"{Resolution} op{Paragraph}";
}
