using System.Collections.Immutable;
using Interdict.Rules.Hs;

namespace Interdict.Rules.Checks;

/// <summary>A case-by-case 1718 Committee approval held for the check (<c>facts.committee_approval</c>).</summary>
/// <param name="Id">The approval's reference.</param>
/// <param name="GrantedOn">When it was granted.</param>
/// <param name="ValidUntil">Last day of validity.</param>
/// <param name="Covers">The goods it covers (<c>covers</c>: HS code, and the quantity approved when given); null means the
/// whole check.</param>
public sealed record CommitteeApproval(string? Id, DateOnly? GrantedOn, DateOnly? ValidUntil, ImmutableArray<ApprovedGoods>? Covers)
{
    /// <summary>True when the approval counts for goods on <paramref name="date"/>: in validity, covering every good with
    /// an HS code, and, where it states a quantity, not exceeded by the goods it covers (CHECK-FORMAT §1.5: an approval
    /// whose <c>covers</c> misses the goods does not count; one helicopter approved is not two).</summary>
    public bool CountsFor(DateOnly date, IEnumerable<Good> goods)
    {
        if (GrantedOn is { } granted && granted > date) return false;
        if (ValidUntil is { } until && until < date) return false;
        if (Covers is not { } approved) return true;
        var shipped = new double[approved.Length];
        foreach (var good in goods)
        {
            if (good.Hs is not { } hs) continue;
            var entry = FirstCovering(approved, hs);
            if (entry < 0) return false;
            // Quantities are compared in the approval's unit only: an approval in tons says nothing of units or barrels.
            if (approved[entry].Quantity is not null && good.Quantity is { } quantity && string.Equals(good.Unit, approved[entry].Unit, StringComparison.Ordinal))
                shipped[entry] += quantity;
        }
        for (var i = 0; i < approved.Length; i++)
        {
            if (approved[i].Quantity is { } limit && shipped[i] > limit) return false;
        }
        return true;
    }

    private static int FirstCovering(ImmutableArray<ApprovedGoods> approved, HsCode hs)
    {
        for (var i = 0; i < approved.Length; i++)
        {
            if (approved[i].Code.Covers(hs) || hs.Covers(approved[i].Code)) return i;
        }
        return -1;
    }
}

/// <summary>Goods a Committee approval covers: an HS code and, when the approval states it, the quantity approved.</summary>
/// <param name="Code">HS code (a chapter, heading or subheading covers the codes under it).</param>
/// <param name="Quantity">The quantity approved, in <paramref name="Unit"/>; null when not stated.</param>
/// <param name="Unit">Unit of the quantity.</param>
public sealed record ApprovedGoods(HsCode Code, double? Quantity, string? Unit);
