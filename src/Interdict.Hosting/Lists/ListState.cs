using Interdict.Core.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Ownership;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Lists;

/// <summary>The lists being served at one moment: every loaded version with its index, and the screener over them.</summary>
/// <remarks>Immutable and thread-safe: requests read one state without locks, and an import publishes a new state
/// with one reference assignment (see <see cref="ListHost"/>). Every screening result names the versions it used.</remarks>
public sealed class ListState
{
    readonly IReadOnlyList<LoadedVersion> _versions;

    /// <summary>A state over <paramref name="versions"/> (any order).</summary>
    /// <param name="versions">The loaded versions with their prebuilt indexes.</param>
    /// <param name="generation">Counts publications since start: 1 for the first state.</param>
    /// <param name="clock">What "now" is: a version is in force from its date (default: the system clock).</param>
    public ListState(IEnumerable<LoadedVersion> versions, long generation, TimeProvider? clock = null)
    {
        Clock = clock ?? TimeProvider.System;
        ArgumentNullException.ThrowIfNull(versions);
        _versions = [.. versions
            .OrderBy(v => v.Snapshot.Version.Source, StringComparer.Ordinal)
            .ThenBy(v => v.Snapshot.Version.Generated)];
        Generation = generation;
        Screener = new Screener(_versions.Select(v => v.Index), Clock);
        Sources = [.. _versions.Select(v => v.Snapshot.Version.Source).Distinct(StringComparer.Ordinal)];
        _links = new Lazy<ListLinks>(() => ListLinks.Build(Sources.Select(FindInForce).OfType<LoadedVersion>().Select(v => v.Snapshot)));
    }

    readonly Lazy<ListLinks> _links;

    /// <summary>The ownership and direction links of the versions in force, by the name of the party owned or directed
    /// (for customers' owners), built on first use. A state lives until the next import or refresh; a version dated
    /// in the future joins when a later state is built.</summary>
    public ListLinks Links => _links.Value;

    /// <summary>The clock that tells which versions are in force now.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Counts publications since start.</summary>
    public long Generation { get; }

    /// <summary>The screener over every loaded version (the version in force is chosen per query).</summary>
    public Screener Screener { get; }

    /// <summary>Every loaded version, by source then generation date.</summary>
    public IReadOnlyList<LoadedVersion> Versions => _versions;

    /// <summary>The sources loaded (<c>un</c>, <c>ofac</c>), in order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The versions of one source, oldest first.</summary>
    /// <param name="source">The source id.</param>
    public IReadOnlyList<LoadedVersion> VersionsOf(string source) =>
        [.. _versions.Where(v => string.Equals(v.Snapshot.Version.Source, source, StringComparison.Ordinal))];

    /// <summary>The newest version of a source, or null when none is loaded.</summary>
    /// <param name="source">The source id.</param>
    public LoadedVersion? FindNewest(string source) => VersionsOf(source) is { Count: > 0 } all ? all[^1] : null;

    /// <summary>The version of a source in force today by <see cref="Clock"/>: the newest dated on or before today
    /// (a version dated in the future is stored but not yet in force). Null when none is.</summary>
    /// <param name="source">The source id.</param>
    public LoadedVersion? FindInForce(string source) =>
        VersionsOf(source).LastOrDefault(v => v.Snapshot.Version.Date <= Screener.Today);

    /// <summary>The version of <paramref name="source"/> with this label (<see cref="ListVersion.Label"/>), or null.</summary>
    /// <param name="source">The source id.</param>
    /// <param name="label">The version label, e.g. <c>2026-02-27T00:00:00Z</c>.</param>
    public LoadedVersion? FindVersion(string source, string label) =>
        _versions.FirstOrDefault(v => string.Equals(v.Snapshot.Version.Source, source, StringComparison.Ordinal)
            && string.Equals(v.Snapshot.Version.Label, label, StringComparison.Ordinal));

    /// <summary>True when a version of the same source generated at the same instant is loaded.</summary>
    /// <param name="version">The version to look for.</param>
    public bool Contains(ListVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return _versions.Any(v => SameVersion(v.Snapshot.Version, version));
    }

    /// <summary>The version of the same source loaded just before <paramref name="version"/> in time, or null.</summary>
    /// <param name="version">A version (loaded or not).</param>
    public LoadedVersion? FindPrevious(ListVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return VersionsOf(version.Source).LastOrDefault(v => v.Snapshot.Version.Generated < version.Generated);
    }

    /// <summary>A new state with <paramref name="added"/> loaded too.</summary>
    /// <param name="added">The new version.</param>
    public ListState With(LoadedVersion added) => new([.. _versions, added], Generation + 1, Clock);

    /// <summary>Same source and same generation instant: the identity of a list version.</summary>
    /// <param name="a">One version.</param>
    /// <param name="b">The other.</param>
    public static bool SameVersion(ListVersion a, ListVersion b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(a.Source, b.Source, StringComparison.Ordinal) && a.Generated == b.Generated;
    }
}
