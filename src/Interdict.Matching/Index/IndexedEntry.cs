using Interdict.Core.Lists;

namespace Interdict.Matching.Index;

/// <summary>A list entry as the index holds it: the entry, its version, and its attributes prepared for comparison.</summary>
sealed class IndexedEntry(ListEntry entry, ListVersion version, string[] nationalityCodes)
{
    public ListEntry Entry { get; } = entry;
    public ListVersion Version { get; } = version;
    /// <summary>ISO codes of the entry's nationalities (unknown spellings left out).</summary>
    public string[] NationalityCodes { get; } = nationalityCodes;
}
