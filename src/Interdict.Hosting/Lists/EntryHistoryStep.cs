using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>An entry's status in one loaded version of its list.</summary>
/// <param name="Version">The version.</param>
/// <param name="Status">Absent, listed, changed, unchanged or removed, compared with the version before.</param>
/// <param name="ChangedFields">When changed: the fields that changed.</param>
public sealed record EntryHistoryStep(ListVersion Version, EntryStatus Status, ImmutableArray<string> ChangedFields);
