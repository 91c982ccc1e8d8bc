using System.Collections.Immutable;
using Interdict.Rules.Checks;

namespace Interdict.Rules.Evaluation;

/// <summary>A check with what the evaluator derived from it once: screened parties and goods categories.</summary>
sealed class CheckContext
{
    public CheckContext(Check check, IReadOnlyList<PartyFinding> parties, ImmutableArray<ImmutableArray<string>> goodsCategories)
    {
        Check = check;
        Parties = parties;
        GoodsCategories = goodsCategories;
        foreach (var party in parties)
        {
            if (!party.Designated) continue;
            AnyDesignated = true;
            foreach (var hit in party.Hits)
            {
                if (hit.Entry.ListedOn is { } listed && (EarliestListing is null || listed < EarliestListing)) EarliestListing = listed;
            }
        }
    }

    public Check Check { get; }
    public IReadOnlyList<PartyFinding> Parties { get; }
    /// <summary>Per good (same order as <see cref="Check.Goods"/>): its category and the categories it implies.</summary>
    public ImmutableArray<ImmutableArray<string>> GoodsCategories { get; }
    public bool AnyDesignated { get; }
    /// <summary>The earliest listing date among designated parties found by screening.</summary>
    public DateOnly? EarliestListing { get; }
}
