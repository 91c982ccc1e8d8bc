namespace Interdict.Core.Lists;

/// <summary>An address of a listed party; every part optional.</summary>
public sealed record Address(
    string? Street = null,
    string? City = null,
    string? StateOrProvince = null,
    string? PostalCode = null,
    string? Country = null,
    string? Note = null)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(", ", new[] { Street, City, StateOrProvince, PostalCode, Country, Note }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
