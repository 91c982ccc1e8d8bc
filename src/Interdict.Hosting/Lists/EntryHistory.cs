using System.Collections.Immutable;
using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>One listed entry as in the newest loaded version holding it (or a chosen version), and what happened to it
/// in every loaded version of its list: absent, listed, changed (naming the fields), unchanged, removed.</summary>
/// <param name="Version">The version the entry is shown as.</param>
/// <param name="Entry">The entry.</param>
/// <param name="Steps">Every loaded version of the list, oldest first, with the entry's status there.</param>
public sealed record EntryHistory(LoadedVersion Version, ListEntry Entry, ImmutableArray<EntryHistoryStep> Steps)
{
    /// <summary>Finds an entry by list and reference (case-insensitive, as references are written inconsistently).</summary>
    /// <param name="state">The lists being served.</param>
    /// <param name="source">The list id.</param>
    /// <param name="reference">The entry's reference.</param>
    /// <param name="version">A version label, or null for the newest version holding the entry.</param>
    /// <returns>The entry with its history, or null when no such entry (or version) is loaded.</returns>
    public static EntryHistory? Find(ListState state, string source, string reference, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var versions = state.VersionsOf(source);
        var chosen = version is null
            ? versions.LastOrDefault(v => FindEntry(v.Snapshot, reference) is not null)
            : state.FindVersion(source, version);
        var entry = chosen is null ? null : FindEntry(chosen.Snapshot, reference);
        if (chosen is null || entry is null) return null;
        var steps = ImmutableArray.CreateBuilder<EntryHistoryStep>(versions.Count);
        ListEntry? previous = null;
        foreach (var v in versions)
        {
            var there = FindEntry(v.Snapshot, reference);
            var fields = ImmutableArray<string>.Empty;
            var status = (previous, there) switch
            {
                (null, null) => EntryStatus.Absent,
                (null, _) => EntryStatus.Listed,
                (_, null) => EntryStatus.Removed,
                _ => Changes(v.Snapshot.Version, previous, there, out fields),
            };
            steps.Add(new EntryHistoryStep(v.Snapshot.Version, status, fields));
            previous = there;
        }
        return new EntryHistory(chosen, entry, steps.ToImmutable());
    }

    /// <summary>The entry with this reference in a snapshot, or null.</summary>
    /// <param name="snapshot">The list version.</param>
    /// <param name="reference">The reference (case-insensitive).</param>
    public static ListEntry? FindEntry(ListSnapshot snapshot, string reference)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var e in snapshot.Entries) if (string.Equals(e.Reference, reference, StringComparison.OrdinalIgnoreCase)) return e;
        return null;
    }

    static EntryStatus Changes(ListVersion version, ListEntry before, ListEntry after, out ImmutableArray<string> fields)
    {
        var diff = ListDiff.Compute(new ListSnapshot(version, [before]), new ListSnapshot(version, [after]));
        fields = diff.Changed.IsEmpty ? [] : diff.Changed[0].Fields;
        return diff.IsEmpty ? EntryStatus.Unchanged : EntryStatus.Changed;
    }
}
