using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>What changed between two versions of the same list: entries added, removed and changed, matched by
/// <see cref="ListEntry.Key"/> (source and reference).</summary>
/// <remarks>
/// <para>An entry is changed when any field differs. Fields are compared in a canonical form: the order of aliases
/// (after the primary name), of addresses, documents and the other collections does not count, whitespace is already
/// normalised by the importers, and everything else is compared ordinally.</para>
/// <para>Immutable and thread-safe. Delta re-screening uses it to screen only what a list update touched.</para>
/// </remarks>
public sealed class ListDiff
{
    ListDiff(ListVersion from, ListVersion to, ImmutableArray<ListEntry> added, ImmutableArray<ListEntry> removed, ImmutableArray<ListEntryChange> changed)
    {
        From = from;
        To = to;
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    /// <summary>The older version.</summary>
    public ListVersion From { get; }

    /// <summary>The newer version.</summary>
    public ListVersion To { get; }

    /// <summary>Entries only in the newer version, in its order.</summary>
    public ImmutableArray<ListEntry> Added { get; }

    /// <summary>Entries only in the older version, in its order.</summary>
    public ImmutableArray<ListEntry> Removed { get; }

    /// <summary>Entries in both whose content differs, in the newer version's order.</summary>
    public ImmutableArray<ListEntryChange> Changed { get; }

    /// <summary>True when the two versions hold the same entries with the same content.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;

    /// <summary>The entries monitored parties must be screened against again, as they are in the newer version: the
    /// added ones and the changed ones whose change <see cref="ListEntryChange.AffectsScreening"/>. The hits on every
    /// other entry of the newer version are those the older version gave.</summary>
    public IEnumerable<ListEntry> EntriesToRescreen => Added.Concat(Changed.Where(c => c.AffectsScreening).Select(c => c.After));

    /// <summary>Compares two versions of one list.</summary>
    /// <param name="from">The older version.</param>
    /// <param name="to">The newer version.</param>
    /// <exception cref="ArgumentException">The snapshots are of different sources.</exception>
    public static ListDiff Compute(ListSnapshot from, ListSnapshot to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!string.Equals(from.Version.Source, to.Version.Source, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot compare a '{from.Version.Source}' list with a '{to.Version.Source}' list.", nameof(to));
        }
        var before = new Dictionary<string, ListEntry>(from.Entries.Length, StringComparer.Ordinal);
        foreach (var entry in from.Entries) before.TryAdd(entry.Key, entry);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = ImmutableArray.CreateBuilder<ListEntry>();
        var changed = ImmutableArray.CreateBuilder<ListEntryChange>();
        foreach (var entry in to.Entries)
        {
            if (!seen.Add(entry.Key)) continue;
            if (!before.TryGetValue(entry.Key, out var old))
            {
                added.Add(entry);
                continue;
            }
            var fields = DifferingFields(old, entry);
            if (!fields.IsEmpty) changed.Add(new ListEntryChange(old, entry, fields));
        }
        var removed = ImmutableArray.CreateBuilder<ListEntry>();
        var removedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in from.Entries)
        {
            if (!seen.Contains(entry.Key) && removedKeys.Add(entry.Key)) removed.Add(entry);
        }
        return new ListDiff(from.Version, to.Version, added.ToImmutable(), removed.ToImmutable(), changed.ToImmutable());
    }

    /// <summary>The fields of two entries (same key) whose canonical forms differ, in declaration order.</summary>
    internal static ImmutableArray<string> DifferingFields(ListEntry a, ListEntry b)
    {
        var fields = ImmutableArray.CreateBuilder<string>();
        void Check(string name, string left, string right)
        {
            if (!string.Equals(left, right, StringComparison.Ordinal)) fields.Add(name);
        }
        Check(nameof(ListEntry.Kind), a.Kind.ToString(), b.Kind.ToString());
        Check(nameof(ListEntry.Names), Names(a.Names), Names(b.Names));
        Check(nameof(ListEntry.Regimes), Set(a.Regimes, s => s), Set(b.Regimes, s => s));
        Check(nameof(ListEntry.Titles), Set(a.Titles, s => s), Set(b.Titles, s => s));
        Check(nameof(ListEntry.Designations), Set(a.Designations, s => s), Set(b.Designations, s => s));
        Check(nameof(ListEntry.DatesOfBirth), Set(a.DatesOfBirth, Date), Set(b.DatesOfBirth, Date));
        Check(nameof(ListEntry.PlacesOfBirth), Set(a.PlacesOfBirth, Place), Set(b.PlacesOfBirth, Place));
        Check(nameof(ListEntry.Nationalities), Set(a.Nationalities, s => s), Set(b.Nationalities, s => s));
        Check(nameof(ListEntry.Addresses), Set(a.Addresses, Place), Set(b.Addresses, Place));
        Check(nameof(ListEntry.Documents), Set(a.Documents, Document), Set(b.Documents, Document));
        Check(nameof(ListEntry.Identifiers), Set(a.Identifiers, i => $"{i.Kind}\u001f{i.Value}"), Set(b.Identifiers, i => $"{i.Kind}\u001f{i.Value}"));
        Check(nameof(ListEntry.Gender), a.Gender ?? "", b.Gender ?? "");
        Check(nameof(ListEntry.ListedOn), Day(a.ListedOn), Day(b.ListedOn));
        Check(nameof(ListEntry.Updated), Set(a.Updated, d => Day(d)), Set(b.Updated, d => Day(d)));
        Check(nameof(ListEntry.Comments), a.Comments ?? "", b.Comments ?? "");
        Check(nameof(ListEntry.Links), Set(a.Links, Link), Set(b.Links, Link));
        return fields.ToImmutable();
    }

    /// <summary>The primary name in place, the other names as a set.</summary>
    static string Names(ImmutableArray<PartyName> names)
    {
        if (names.IsDefaultOrEmpty) return "";
        return Name(names[0]) + "\u001e" + Set(names.RemoveAt(0), Name);
    }

    static string Name(PartyName name) => $"{name.Kind}\u001f{name.Quality}\u001f{name.Full}";

    static string Date(DateOfBirth date) => $"{date.Kind}\u001f{date.From}\u001f{date.To}";

    static string Place(Address address) =>
        $"{address.Street}\u001f{address.City}\u001f{address.StateOrProvince}\u001f{address.PostalCode}\u001f{address.Country}\u001f{address.Note}";

    static string Document(IdentityDocument document) => $"{document.Kind}\u001f{document.Number}\u001f{document.Country}\u001f{document.Note}";

    static string Link(PartyLink link) =>
        FormattableString.Invariant($"{link.Kind}\u001f{link.Name}\u001f{link.Reference}\u001f{link.Role}\u001f{link.Share}");

    static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    static string Set<T>(ImmutableArray<T> items, Func<T, string> canonical)
    {
        if (items.IsDefaultOrEmpty) return "";
        var parts = new string[items.Length];
        for (var i = 0; i < parts.Length; i++) parts[i] = canonical(items[i]);
        Array.Sort(parts, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var part in parts) text.Append(part).Append('\u001e');
        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{From} → {To}: {Added.Length} added, {Removed.Length} removed, {Changed.Length} changed";
}
