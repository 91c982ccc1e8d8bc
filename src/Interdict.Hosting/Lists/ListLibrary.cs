using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>The list versions imported into the data folder by <c>interdict lists import</c> (offline, no server): the
/// CLI screens against them, and <c>interdict serve</c> serves them too, beside the versions stored in its database.</summary>
/// <remarks>An imported version is stored as its original file(s) under <c>DATA/imported/SOURCE/VERSION/</c>,
/// written to a temporary folder and renamed into place only after it parsed completely, so a failed import
/// never leaves anything behind and the versions already there keep serving.</remarks>
public sealed class ListLibrary
{
    readonly DirectoryInfo _imported;

    /// <summary>The library of a data folder.</summary>
    /// <param name="dataDirectory">The data folder; versions live under <c>imported/</c> in it.</param>
    public ListLibrary(DirectoryInfo dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        _imported = new DirectoryInfo(Path.Combine(dataDirectory.FullName, "imported"));
    }

    /// <summary>Loads every version: the bundled list first, then the imported ones. A stored version that no
    /// longer parses is reported and left out, and the others still load.</summary>
    /// <param name="warn">Receives a sentence for each version that could not be loaded.</param>
    /// <returns>The versions, bundled first.</returns>
    public IReadOnlyList<ListSnapshot> Load(Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        var snapshots = new List<ListSnapshot>();
        var bundled = BundledLists.LoadUn();
        if (bundled.Success) snapshots.Add(bundled.Snapshot);
        else warn($"the bundled UN list could not be read: {bundled.Failure}");
        foreach (var folder in StoredVersions())
        {
            var result = ListFiles.Import(folder.FullName);
            if (!result.Success)
            {
                warn($"{folder.FullName}: {result.Failure}; this version is not loaded");
                continue;
            }
            if (snapshots.Any(s => SameVersion(s.Version, result.Snapshot.Version))) continue;
            snapshots.Add(result.Snapshot);
        }
        return snapshots;
    }

    /// <summary>Parses <paramref name="path"/> (a UN XML file or an OFAC folder) and, when it is complete and new, stores it.</summary>
    /// <param name="path">The list file or folder.</param>
    /// <param name="loaded">The versions loaded now (a version already among them is not stored again).</param>
    /// <returns>What the import did.</returns>
    public ImportOutcome Import(string path, IReadOnlyList<ListSnapshot> loaded) =>
        Import(path, loaded, new ListPlausibility(TimeProvider.System.GetUtcNow()), allowShrink: false);

    /// <summary>Parses <paramref name="path"/> (a UN XML file or an OFAC folder) and, when it is complete, plausible
    /// (<see cref="ListPlausibility"/>) and new, stores it.</summary>
    /// <param name="path">The list file or folder.</param>
    /// <param name="loaded">The versions loaded now (a version already among them is not stored again).</param>
    /// <param name="plausibility">The rules, with the clock's now and the shrink setting.</param>
    /// <param name="allowShrink">The operator confirmed a shrink beyond the setting.</param>
    /// <returns>What the import did; <see cref="ImportOutcome.Refusal"/> set when the version was refused.</returns>
    public ImportOutcome Import(string path, IReadOnlyList<ListSnapshot> loaded, ListPlausibility plausibility, bool allowShrink)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(plausibility);
        var result = ListFiles.Import(path);
        var newest = result.Success
            ? loaded.Where(s => s.Version.Source == result.Snapshot.Version.Source).MaxBy(s => s.Version.Generated)
            : null;
        if (plausibility.Check(result, newest, allowShrink) is { } refusal)
        {
            return new ImportOutcome(result, Stored: false, AlreadyLoaded: false) { Refusal = refusal };
        }
        var version = result.Snapshot!.Version;
        if (loaded.Any(s => SameVersion(s.Version, version))) return new ImportOutcome(result, Stored: false, AlreadyLoaded: true);

        var target = new DirectoryInfo(Path.Combine(_imported.FullName, version.Source, FolderName(version)));
        var staging = new DirectoryInfo(target.FullName + ".staging-" + Environment.ProcessId);
        if (staging.Exists) staging.Delete(recursive: true);
        staging.Create();
        foreach (var file in ListFiles.FilesOf(path)) File.Copy(file, Path.Combine(staging.FullName, Path.GetFileName(file)));
        target.Parent!.Create();
        if (target.Exists) target.Delete(recursive: true);
        staging.MoveTo(target.FullName);
        return new ImportOutcome(result, Stored: true, AlreadyLoaded: false);
    }

    /// <summary>The folders of the imported versions (one per version; a half-written staging folder is skipped).</summary>
    /// <returns>The folders, in a stable order.</returns>
    public IEnumerable<DirectoryInfo> StoredVersions()
    {
        if (!_imported.Exists) return [];
        return _imported.EnumerateDirectories()
            .SelectMany(source => source.EnumerateDirectories())
            .Where(d => !d.Name.Contains(".staging-", StringComparison.Ordinal))
            .OrderBy(d => d.FullName, StringComparer.Ordinal);
    }

    static bool SameVersion(ListVersion a, ListVersion b) =>
        string.Equals(a.Source, b.Source, StringComparison.Ordinal) && a.Generated == b.Generated;

    static string FolderName(ListVersion version) => version.Label.Replace(':', '-');
}
