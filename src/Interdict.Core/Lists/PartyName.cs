namespace Interdict.Core.Lists;

/// <summary>One name of a listed party, as written on the list.</summary>
/// <param name="Full">The whole name as one string, parts in the list's order.</param>
/// <param name="Kind">Primary, alias, former name or original script.</param>
/// <param name="Quality">Good or low quality.</param>
public sealed record PartyName(string Full, NameKind Kind = NameKind.Primary, NameQuality Quality = NameQuality.Good)
{
    /// <summary>The name, never empty.</summary>
    public string Full { get; } = string.IsNullOrWhiteSpace(Full)
        ? throw new ArgumentException("A name must not be empty.", nameof(Full))
        : Full.Trim();

    /// <inheritdoc/>
    public override string ToString() => Full;
}
