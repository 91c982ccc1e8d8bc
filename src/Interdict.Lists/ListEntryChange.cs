using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>An entry present in both versions of a list whose content differs.</summary>
/// <param name="Before">The entry in the older version.</param>
/// <param name="After">The entry in the newer version.</param>
/// <param name="Fields">The names of the <see cref="ListEntry"/> properties that differ (<c>Names</c>, <c>Addresses</c>…), in declaration order.</param>
public sealed record ListEntryChange(ListEntry Before, ListEntry After, ImmutableArray<string> Fields)
{
    /// <summary>The entry's key (<c>un:KPi.033</c>).</summary>
    public string Key => After.Key;

    /// <summary>True when the names changed: the change can create or remove name matches, so screening must be redone.</summary>
    public bool NamesChanged => Fields.Contains(nameof(ListEntry.Names));

    /// <summary>True when a field that screening reads changed (<see cref="ListEntry.ScreeningFields"/>): only then can
    /// the entry's hits differ from those of the older version, so only then must monitored parties be screened
    /// against it again. A new comment, address or designation leaves every hit as it was.</summary>
    public bool AffectsScreening => Fields.Any(ListEntry.ScreeningFields.Contains);
}
