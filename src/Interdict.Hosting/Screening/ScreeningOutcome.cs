using Interdict.Core.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Screening;

/// <summary>The result of screening one party: its hits and the list versions they were computed against.</summary>
/// <param name="Hits">Matches at or above the threshold, best first.</param>
/// <param name="Versions">The list versions in force for the query, one per source screened.</param>
public sealed record ScreeningOutcome(IReadOnlyList<ScreeningHit> Hits, IReadOnlyList<ListVersion> Versions)
{
    /// <summary>The lists screened that had no version in force on the day asked (before their first version): nothing
    /// was screened against them, and the answer must say so. Empty when every list had one.</summary>
    public IReadOnlyList<string> NotInForce { get; init; } = [];
}
