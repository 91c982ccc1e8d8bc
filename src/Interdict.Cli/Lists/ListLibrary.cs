using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Cli.Lists;

/// <summary>The list versions the CLI serves: the bundled UN list plus every version imported into the data folder.</summary>
/// <remarks>An imported version is stored as its original file(s) under <c>DATA/imported/SOURCE/VERSION/</c>,
/// written to a temporary folder and renamed into place only after it parsed completely, so a failed import
/// never leaves anything behind and the versions already there keep serving.</remarks>
sealed class ListLibrary
{
    readonly DirectoryInfo _imported;

    public ListLibrary(DirectoryInfo dataDirectory)
    {
        _imported = new DirectoryInfo(Path.Combine(dataDirectory.FullName, "imported"));
    }

    /// <summary>Loads every version: the bundled list first, then the imported ones. A stored version that no
    /// longer parses is reported and left out, and the others still load.</summary>
    public IReadOnlyList<ListSnapshot> Load(Action<string> warn)
    {
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
    public ImportOutcome Import(string path, IReadOnlyList<ListSnapshot> loaded)
    {
        var result = ListFiles.Import(path);
        if (!result.Success) return new ImportOutcome(result, Stored: false, AlreadyLoaded: false);
        var version = result.Snapshot.Version;
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

    IEnumerable<DirectoryInfo> StoredVersions()
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

/// <summary>What an import did.</summary>
/// <param name="Result">The parse result (with its issues).</param>
/// <param name="Stored">True when the version was new and is now stored.</param>
/// <param name="AlreadyLoaded">True when the same version was already loaded, so nothing was stored.</param>
sealed record ImportOutcome(ImportResult Result, bool Stored, bool AlreadyLoaded);
