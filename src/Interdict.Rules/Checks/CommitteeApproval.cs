using System.Collections.Immutable;
using Interdict.Rules.Hs;

namespace Interdict.Rules.Checks;

/// <summary>A case-by-case 1718 Committee approval held for the check (<c>facts.committee_approval</c>).</summary>
/// <param name="Id">The approval's reference.</param>
/// <param name="GrantedOn">When it was granted.</param>
/// <param name="ValidUntil">Last day of validity.</param>
/// <param name="Covers">HS codes it covers; null means the whole check.</param>
public sealed record CommitteeApproval(string? Id, DateOnly? GrantedOn, DateOnly? ValidUntil, ImmutableArray<HsCode>? Covers)
{
    /// <summary>True when the approval counts for goods on <paramref name="date"/>: in validity and covering every good with an HS code.</summary>
    public bool CountsFor(DateOnly date, IEnumerable<Good> goods)
    {
        if (GrantedOn is { } granted && granted > date) return false;
        if (ValidUntil is { } until && until < date) return false;
        if (Covers is not { } codes) return true;
        foreach (var good in goods)
        {
            if (good.Hs is not { } hs) continue;
            var covered = false;
            foreach (var code in codes) covered |= code.Covers(hs) || hs.Covers(code);
            if (!covered) return false;
        }
        return true;
    }
}
