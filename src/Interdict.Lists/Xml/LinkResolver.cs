using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Fills in the <see cref="PartyLink.Reference"/> of links that name their other party only by name, when
/// exactly one entry of the same list bears that name (any of its names, compared without case).</summary>
static class LinkResolver
{
    public static ImmutableArray<ListEntry> Resolve(ImmutableArray<ListEntry> entries)
    {
        if (!entries.Any(e => e.Links.Any(l => l.Reference is null))) return entries;
        var byName = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names)
            {
                // A name two entries share names neither.
                if (byName.TryGetValue(name.Full, out var known) && known != entry.Reference) byName[name.Full] = null;
                else byName[name.Full] = entry.Reference;
            }
        }
        var resolved = ImmutableArray.CreateBuilder<ListEntry>(entries.Length);
        foreach (var entry in entries)
        {
            if (!entry.Links.Any(l => l.Reference is null))
            {
                resolved.Add(entry);
                continue;
            }
            resolved.Add(entry with
            {
                Links = [.. entry.Links.Select(l => l.Reference is null && byName.GetValueOrDefault(l.Name) is { } reference && reference != entry.Reference
                    ? l with { Reference = reference }
                    : l)],
            });
        }
        return resolved.MoveToImmutable();
    }
}
