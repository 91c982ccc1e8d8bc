namespace Interdict.Hosting.Customers;

/// <summary>A list update by its versions' labels: the version imported and the one in force before it (null for the
/// first version of its list, whose entries are all new).</summary>
/// <param name="Source">The list.</param>
/// <param name="Version">The version's label.</param>
/// <param name="Previous">The label of the version it replaces.</param>
public sealed record ListUpdateKey(string Source, string Version, string? Previous);
