using Interdict.Storage;

namespace Interdict.Hosting.Lists;

/// <summary>Loads every list version a data folder's deployment holds — the bundled UN list, the versions stored in the
/// database, and those of an older data folder's <c>imported/</c> folder — into the <see cref="ListHost"/>: the one way
/// both the server (at start) and the CLI (on its first command) find their lists, so both see the same versions.</summary>
public static class StoredLists
{
    /// <summary>Reads the (migrated) store's list versions and publishes them with the bundled list.</summary>
    /// <param name="store">The database.</param>
    /// <param name="loader">Parses, indexes and publishes.</param>
    /// <param name="options">The data folder and whether to serve the bundled list.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public static async Task LoadAsync(IInterdictStore store, ListLoader loader, InterdictOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(options);
        var stored = new List<StoredVersionFiles>();
        foreach (var version in await store.Lists.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            var content = await store.Lists.GetContentAsync(version.Id, cancellationToken).ConfigureAwait(false);
            if (content is not null) stored.Add(new StoredVersionFiles([new ListFile(version.FileName, content)], version.Generated));
        }
        var folders = new ListLibrary(new DirectoryInfo(options.ResolvedDataDirectory())).StoredVersions().Select(d => d.FullName).ToArray();
        await loader.LoadAsync(stored, folders, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A stored list version's files and the date it was stored with (the only date of a format whose files carry
/// none, such as OFAC's legacy CSV).</summary>
/// <param name="Files">The files.</param>
/// <param name="Published">The version's date as stored.</param>
public sealed record StoredVersionFiles(IReadOnlyList<ListFile> Files, DateTimeOffset Published);
