using System.Collections.Frozen;
using Interdict.Core.Lists;
using Interdict.Matching.Normalization;

namespace Interdict.Matching.Ownership;

/// <summary>The ownership and direction links of the lists in force, looked up by the name of the party owned or
/// directed: how a customer's owner that is not listed itself is found to be owned or directed by a listed party
/// (OpenSanctions' ownership and directorship, OFAC's "Owns, controls, or operates", the UK list's subsidiaries).</summary>
/// <remarks>Immutable. Names are compared normalised (<see cref="Key"/>: case, accents, spacing, abbreviations
/// written out, legal forms left out), not fuzzily: a link names a company exactly as a register does, and a chain
/// is only as good as its weakest identification. A fuzzy match of an owner against the listed names themselves is
/// the screener's (its hits come first).</remarks>
public sealed class ListLinks
{
    readonly FrozenDictionary<string, LinkHolder[]> _holders;

    ListLinks(FrozenDictionary<string, LinkHolder[]> holders) => _holders = holders;

    /// <summary>No links.</summary>
    public static ListLinks Empty { get; } = new(FrozenDictionary<string, LinkHolder[]>.Empty);

    /// <summary>Links held: how many entries own or direct a named party.</summary>
    public int Count => _holders.Values.Sum(h => h.Length);

    /// <summary>Indexes the <see cref="LinkKind.Owns"/> and <see cref="LinkKind.Directs"/> links of every entry of
    /// <paramref name="snapshots"/> (the versions in force, one per list).</summary>
    public static ListLinks Build(IEnumerable<ListSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var holders = new Dictionary<string, List<LinkHolder>>(StringComparer.Ordinal);
        foreach (var snapshot in snapshots)
        {
            foreach (var entry in snapshot.Entries)
            {
                if (entry.Links.IsDefaultOrEmpty) continue;
                foreach (var link in entry.Links)
                {
                    if (link.Kind is not (LinkKind.Owns or LinkKind.Directs)) continue;
                    var key = Key(link.Name);
                    if (key.Length == 0) continue;
                    if (!holders.TryGetValue(key, out var list)) holders[key] = list = [];
                    list.Add(new LinkHolder(entry, snapshot.Version, link));
                }
            }
        }
        return holders.Count == 0 ? Empty : new(holders.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The entries that own or direct a party of this name.</summary>
    public IReadOnlyList<LinkHolder> HoldersOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _holders.Count > 0 && _holders.TryGetValue(Key(name), out var found) ? found : [];
    }

    /// <summary>Whether any entry owns or directs a party of this <see cref="Key"/>.</summary>
    public bool NamesKey(string key) => _holders.ContainsKey(key);

    /// <summary>The comparison key of a name: its normalised words less legal forms, titles and function words
    /// (<c>Sinhung Holdings Ltd.</c> and <c>SINHUNG HOLDINGS</c> are one company); a name of such words alone is kept whole.</summary>
    public static string Key(string name)
    {
        var normalized = NameNormalizer.Normalize(name);
        var words = normalized.Tokens.Where((_, i) => normalized.Kinds[i] is TokenKind.Word or TokenKind.Particle).ToArray();
        return words.Length == 0 ? normalized.Key : string.Join(' ', words);
    }
}

/// <summary>An entry that owns or directs a named party.</summary>
/// <param name="Entry">The listed entry holding the link.</param>
/// <param name="Version">The list version it is in.</param>
/// <param name="Link">The link (<see cref="LinkKind.Owns"/>, with its share when stated, or <see cref="LinkKind.Directs"/>).</param>
public sealed record LinkHolder(ListEntry Entry, ListVersion Version, PartyLink Link);
