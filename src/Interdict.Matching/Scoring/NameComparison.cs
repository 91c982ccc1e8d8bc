namespace Interdict.Matching.Scoring;

/// <summary>The outcome of comparing a query name with one listed name.</summary>
/// <param name="Score">0..1; 1.0 only when the normalised names are identical.</param>
/// <param name="Matches">The word pairings, strongest first.</param>
/// <param name="UnmatchedQuery">Query words that met nothing.</param>
/// <param name="UnmatchedListed">Words of the listed name that met nothing.</param>
public sealed record NameComparison(
    double Score,
    IReadOnlyList<TokenMatch> Matches,
    IReadOnlyList<string> UnmatchedQuery,
    IReadOnlyList<string> UnmatchedListed);
