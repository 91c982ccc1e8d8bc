using System.Collections.Frozen;

namespace Interdict.Core.Ownership;

/// <summary>Who owns or controls whom: parties by key, each with a display name, and the edges between them. Built
/// from a customer's owners and the links of the lists in force; read by <see cref="OwnershipRule"/>.</summary>
/// <remarks>Immutable. Any shape is allowed, cycles included (A owns B owns A): the rule never loops on them.</remarks>
public sealed class OwnershipGraph
{
    readonly FrozenDictionary<string, OwnershipEdge[]> _ownersOf;
    readonly FrozenDictionary<string, string> _names;

    /// <summary>A graph of <paramref name="edges"/>.</summary>
    /// <param name="edges">The relations; several edges between the same two parties add up (two classes of shares).</param>
    /// <param name="names">A display name per party key; a party without one is shown by its key.</param>
    public OwnershipGraph(IEnumerable<OwnershipEdge> edges, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var all = edges.ToArray();
        Edges = all;
        _ownersOf = all.GroupBy(e => e.Owned, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _names = (names ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every edge, in the order given.</summary>
    public IReadOnlyList<OwnershipEdge> Edges { get; }

    /// <summary>The parties that own or control at least one party: those the rule may find owned or controlled.</summary>
    public IEnumerable<string> OwnedParties => _ownersOf.Keys;

    /// <summary>The edges into <paramref name="party"/>: its owners and controllers.</summary>
    public IReadOnlyList<OwnershipEdge> OwnersOf(string party) => _ownersOf.TryGetValue(party, out var edges) ? edges : [];

    /// <summary>The display name of <paramref name="party"/> (its key when it has none).</summary>
    public string NameOf(string party) => _names.TryGetValue(party, out var name) ? name : party;
}
