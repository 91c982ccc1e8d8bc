using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>Fills in the <see cref="PartyLink.Reference"/> of links that name their other party only by name, when
/// exactly one entry of the same list bears that name (any of its names, compared by letters and digits only, without
/// case: OFAC's remarks drop the final dot of "S.A." when it ends the clause).</summary>
static class LinkResolver
{
    public static ImmutableArray<ListEntry> Resolve(ImmutableArray<ListEntry> entries)
    {
        if (!entries.Any(e => e.Links.Any(l => l.Reference is null))) return entries;
        // A primary name wins over an alias ("HIZBALLAH" is one entry's name and others' alias); a name two entries
        // share at the same rank names neither.
        var byPrimary = new Dictionary<string, string?>(StringComparer.Ordinal);
        var byAlias = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names)
            {
                var into = name.Kind == NameKind.Primary ? byPrimary : byAlias;
                var key = Key(name.Full);
                if (into.TryGetValue(key, out var known) && known != entry.Reference) into[key] = null;
                else into[key] = entry.Reference;
            }
        }
        string? Find(string name)
        {
            var key = Key(name);
            return byPrimary.TryGetValue(key, out var primary) ? primary : byAlias.GetValueOrDefault(key);
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
                Links = [.. entry.Links.Select(l => l.Reference is null && Find(l.Name) is { } reference && reference != entry.Reference
                    ? l with { Reference = reference }
                    : l)],
            });
        }
        return resolved.MoveToImmutable();
    }

    static string Key(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c)) buffer[length++] = char.ToUpperInvariant(c);
        }
        return new string(buffer[..length]);
    }
}
