using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>How a measure relates to others (by measure id).</summary>
/// <param name="Supersedes">Measures it replaces; they must end before it starts.</param>
/// <param name="SupersededBy">Measures that replace it; it must end before they start.</param>
/// <param name="PartlySupersedes">Measures it widens while they stay in force.</param>
/// <param name="PartlySupersededBy">Measures that widen it while it stays in force.</param>
/// <param name="TightenedBy">Measures that tighten or list it in detail; cited with it.</param>
/// <param name="ClarifiedBy">Measures that clarify it; cited with it.</param>
/// <param name="LiftedByProposal">Proposals that would lift it.</param>
public sealed record MeasureRelations(
    ImmutableArray<string> Supersedes,
    ImmutableArray<string> SupersededBy,
    ImmutableArray<string> PartlySupersedes,
    ImmutableArray<string> PartlySupersededBy,
    ImmutableArray<string> TightenedBy,
    ImmutableArray<string> ClarifiedBy,
    ImmutableArray<string> LiftedByProposal);
