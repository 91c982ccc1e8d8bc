namespace Interdict.Matching.Scoring;

/// <summary>One pairing in a name comparison: words of the query met words of the listed name.</summary>
/// <param name="Query">The query's words (joined with spaces when several were matched as one).</param>
/// <param name="Listed">The listed name's words.</param>
/// <param name="Kind">How they matched.</param>
/// <param name="Similarity">0..1.</param>
/// <param name="Joined">True when one side's words were read as written together (<c>Wonho</c> / <c>Won Ho</c>).</param>
public sealed record TokenMatch(string Query, string Listed, MatchKind Kind, double Similarity, bool Joined);
