using Interdict.Core.Lists;

namespace Interdict.Core.Screening;

/// <summary>Screens a party against the sanctions lists in force on a date.</summary>
/// <remarks>The seam through which the rule evaluator uses party screening without depending on the
/// matching engine. Implementations are thread-safe.</remarks>
public interface IPartyScreener
{
    /// <summary>Hits at or above the screener's threshold, best first, against the list versions in force on <paramref name="asOf"/>.</summary>
    IReadOnlyList<PartyHit> Screen(PartyQuery query, DateOnly asOf);
}
