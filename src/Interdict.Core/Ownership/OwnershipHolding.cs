using System.Collections.Immutable;

namespace Interdict.Core.Ownership;

/// <summary>One link of an ownership chain: who holds the party, how much, and — unless it is listed itself — what
/// makes the holder count (its own holdings, one step further up the chain).</summary>
/// <param name="Owner">The holder's party key.</param>
/// <param name="OwnerName">The holder's display name.</param>
/// <param name="Share">The share held, in percent; null for control.</param>
/// <param name="Listed">True when the holder is a listed party (the chain ends here).</param>
/// <param name="Through">When not listed: the holdings that make the holder owned or controlled by listed parties.</param>
public sealed record OwnershipHolding(string Owner, string OwnerName, decimal? Share, bool Listed, ImmutableArray<OwnershipHolding> Through);
