using Interdict.Core.Lists;
using Interdict.Matching.Text;

namespace Interdict.Hosting.Screening;

/// <summary>The result of screening a text: the listed names found in it and the list versions they were found in.</summary>
/// <param name="Hits">The names found, in the order written.</param>
/// <param name="Versions">The list versions in force for the request, one per source screened.</param>
public sealed record TextScreeningOutcome(IReadOnlyList<TextHit> Hits, IReadOnlyList<ListVersion> Versions);
