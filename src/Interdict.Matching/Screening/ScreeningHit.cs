using Interdict.Core.Lists;

namespace Interdict.Matching.Screening;

/// <summary>A listed entry that matched a query.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Version">The list version it was found in.</param>
/// <param name="Score">0..1: 1.0 only for an identical name or a decisive identifier.</param>
/// <param name="Explanation">Why it matched.</param>
public sealed record ScreeningHit(ListEntry Entry, ListVersion Version, double Score, Explanation Explanation);
