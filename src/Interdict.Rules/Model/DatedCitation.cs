namespace Interdict.Rules.Model;

/// <summary>A citation that applies from a date (null: always).</summary>
/// <param name="Citation">The resolution and paragraph.</param>
/// <param name="From">The first day it applies, or null.</param>
public readonly record struct DatedCitation(Citation Citation, DateOnly? From);
