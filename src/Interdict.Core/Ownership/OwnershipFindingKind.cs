namespace Interdict.Core.Ownership;

/// <summary>What an <see cref="OwnershipFinding"/> found.</summary>
public enum OwnershipFindingKind
{
    /// <summary>Listed parties own, directly or indirectly, at least the rule's threshold in aggregate: the party's
    /// property is blocked as theirs is (OFAC's 50 percent rule; 1718 op8(d) "owned").</summary>
    Owned = 0,
    /// <summary>A listed party controls the party (a director, a controller, an unstated holding), directly or through
    /// parties it owns or controls: not blocked by the share rule, but "controlled" under 1718 op8(d), so noted for
    /// review.</summary>
    Controlled,
}
