using System.Globalization;
using Interdict.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>The list versions an older <c>interdict lists import</c> stored as files in the data folder
/// (<c>DATA/imported/SOURCE/VERSION/</c>), before the CLI stored them in the database as the server does. Both still
/// serve them (<see cref="StoredLists"/>); nothing writes there any more.</summary>
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

    /// <summary>Parses one version's folder, dated by its name (<c>2021-06-01T00-00-00Z</c>) for a format whose files
    /// carry no date.</summary>
    /// <param name="folder">A folder of <see cref="StoredVersions"/>.</param>
    /// <returns>The import result.</returns>
    public static ImportResult Import(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        DateTimeOffset? dated = name.Length == 20 && DateTimeOffset.TryParseExact(name, "yyyy-MM-dd'T'HH-mm-ss'Z'",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var stamp) ? stamp : null;
        return ListFiles.Import(folder, dated);
    }

    /// <summary>Removes the staging folders of imports whose process is gone (it crashed mid-copy); returns how many.</summary>
    public int RemoveOrphanedStaging()
    {
        if (!_imported.Exists) return 0;
        var removed = 0;
        foreach (var folder in _imported.EnumerateDirectories().SelectMany(source => source.EnumerateDirectories("*" + StagingMark + "*")))
        {
            if (!TempFiles.IsOrphanedTag(folder.Name[(folder.Name.IndexOf(StagingMark, StringComparison.Ordinal) + StagingMark.Length)..])) continue;
            try
            {
                folder.Delete(recursive: true);
                removed++;
            }
            catch (IOException)
            {
                // removed meanwhile: the next start looks again
            }
        }
        return removed;
    }

    /// <summary>The folders of the imported versions (one per version; a half-written staging folder is skipped).</summary>
    /// <returns>The folders, in a stable order.</returns>
    public IEnumerable<DirectoryInfo> StoredVersions()
    {
        if (!_imported.Exists) return [];
        return _imported.EnumerateDirectories()
            .SelectMany(source => source.EnumerateDirectories())
            .Where(d => !d.Name.Contains(StagingMark, StringComparison.Ordinal))
            .OrderBy(d => d.FullName, StringComparer.Ordinal);
    }

    /// <summary>Marks a version's folder being written: <c>{version}.staging-{owner tag}</c>.</summary>
    const string StagingMark = ".staging-";
}
