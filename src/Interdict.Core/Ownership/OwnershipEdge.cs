namespace Interdict.Core.Ownership;

/// <summary>One relation of an <see cref="OwnershipGraph"/>: <paramref name="Owner"/> owns a share of, or controls,
/// <paramref name="Owned"/>.</summary>
/// <param name="Owner">The owning or controlling party's key.</param>
/// <param name="Owned">The owned or controlled party's key.</param>
/// <param name="Share">The share owned, in percent (0..100); null for control without a stated share (a director, a
/// controller, an owner whose holding the data does not state).</param>
public sealed record OwnershipEdge(string Owner, string Owned, decimal? Share);
