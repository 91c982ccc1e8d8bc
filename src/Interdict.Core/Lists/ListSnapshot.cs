using System.Collections.Immutable;

namespace Interdict.Core.Lists;

/// <summary>The complete content of one version of one list: what importers produce and indexes are built from.</summary>
/// <param name="Version">Which list and which version.</param>
/// <param name="Entries">Every entry, in the list's order.</param>
public sealed record ListSnapshot(ListVersion Version, ImmutableArray<ListEntry> Entries)
{
    /// <summary>Number of entries of each kind.</summary>
    public IReadOnlyDictionary<PartyKind, int> CountByKind() =>
        Entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
}
