using Interdict.Core.Lists;
using Interdict.Matching.Index;

namespace Interdict.Hosting.Lists;

/// <summary>A list version being served: its content and its search index, built once.</summary>
/// <param name="Snapshot">The entries.</param>
/// <param name="Index">The index built from them.</param>
/// <param name="Bundled">True for the list shipped inside the build, false for a version imported into the database.</param>
public sealed record LoadedVersion(ListSnapshot Snapshot, NameIndex Index, bool Bundled)
{
    /// <summary>Indexes a snapshot.</summary>
    /// <param name="snapshot">The list version.</param>
    /// <param name="bundled">True for the bundled list.</param>
    public static LoadedVersion Build(ListSnapshot snapshot, bool bundled) =>
        new(snapshot, new NameIndexBuilder().Add(snapshot).Build(), bundled);
}
