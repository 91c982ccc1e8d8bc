namespace Interdict.Matching.Screening;

/// <summary>One attribute compared between the query and a listed entry.</summary>
/// <param name="Attribute"><c>date_of_birth</c>, <c>nationality</c>, <c>identifier</c>.</param>
/// <param name="Outcome">Agrees, conflicts, or decides.</param>
/// <param name="Query">The query's value.</param>
/// <param name="Listed">The entry's value that was compared.</param>
/// <param name="Effect">What it did to the score (added, negative when subtracted).</param>
public sealed record AttributeEvidence(string Attribute, EvidenceOutcome Outcome, string Query, string Listed, double Effect);
