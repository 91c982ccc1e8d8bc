using Interdict.Core.Lists;

namespace Interdict.Core.Screening;

/// <summary>A listed party that a query matched, with the score and the reason.</summary>
/// <param name="Entry">The list entry.</param>
/// <param name="Version">The list version the entry was read from.</param>
/// <param name="MatchedName">The name of the entry that matched best.</param>
/// <param name="Score">0..1; 1.0 only for an exact name or a decisive identifier.</param>
/// <param name="Explanation">Why it matched, in one line.</param>
public sealed record PartyHit(ListEntry Entry, ListVersion Version, string MatchedName, double Score, string Explanation);
