namespace Interdict.Rules.Model;

/// <summary>How an exemption takes effect, derived from its mechanism.</summary>
public enum ExemptionKind
{
    /// <summary>The State applies it itself (determination, notification, wind-down, carve-out): permitted_with_exemption.</summary>
    SelfApplied = 0,
    /// <summary>The activity is outside the measure's scope (e.g. medical exchanges): permitted, the measure is cited.</summary>
    OutsideScope,
    /// <summary>Needs a case-by-case Committee approval: requires_committee_approval until one is held.</summary>
    CommitteeRoute,
    /// <summary>Allowed inside the measure's cap and its conditions: cap_applies.</summary>
    Cap,
}
