namespace Interdict.Hosting.Lists;

/// <summary>What a list version did to an entry, compared with the version before it.</summary>
public enum EntryStatus
{
    /// <summary>Not in this version, nor in the one before.</summary>
    Absent = 0,
    /// <summary>First appears in this version.</summary>
    Listed,
    /// <summary>Present before and here, with different fields.</summary>
    Changed,
    /// <summary>Present before and here, the same.</summary>
    Unchanged,
    /// <summary>Present before, gone here.</summary>
    Removed,
}
