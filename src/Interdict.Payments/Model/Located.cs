namespace Interdict.Payments;

/// <summary>A text value of a message and its place.</summary>
/// <param name="Value">The value as written, trimmed of surrounding white space.</param>
/// <param name="Place">Where it was read.</param>
public sealed record Located(string Value, Place Place)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Value} @ {Place}";
}
