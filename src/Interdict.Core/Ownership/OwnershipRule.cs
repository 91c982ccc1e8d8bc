using System.Collections.Immutable;

namespace Interdict.Core.Ownership;

/// <summary>The ownership and control rule: whether a party is owned or controlled by listed parties, directly or
/// through a chain, and the chains that show it. A pure function of an <see cref="OwnershipGraph"/> and the set of
/// listed parties; the one place where the rule is written.</summary>
/// <remarks>
/// <para><b>Basis.</b> UN Security Council resolution 1718 (2006) op8(d) freezes the funds, financial assets and
/// economic resources of the designated persons and entities "or by persons or entities acting on their behalf or at
/// their direction, or by entities owned or controlled by them", directly or indirectly; 2270 (2016) op32 extends the
/// freeze to the entities of the DPRK Government and the Workers' Party of Korea associated with prohibited
/// programmes (the digest, reference/dprk-rulebook.yaml M-1718-8d and M-2270-32, marks both high confidence,
/// verified by source). The resolutions set no share. The threshold and the aggregation below are OFAC's "50 percent
/// rule": OFAC's guidance of 13 August 2014 (Revised Guidance on Entities Owned by Persons Whose Property and Interests
/// in Property Are Blocked), guidance and not a resolution, and not in the digest (cited from memory): an entity owned
/// 50 percent or more, directly or indirectly, in the aggregate, by one or more blocked persons is itself blocked, and
/// an entity so blocked counts as a blocked owner of whatever it owns in turn. OFAC's rule is about ownership, not
/// control: control without a majority share is noted here (<see cref="OwnershipFindingKind.Controlled"/>) because
/// 1718 op8(d) names it, and it is left to a reviewer.</para>
/// <para><b>Formula.</b> Let L be the listed parties and t the <see cref="Threshold"/> (default 50). Write s(o→p) for
/// the share o holds in p (several edges add up) and "o ctl p" for an edge without a share.
/// <list type="bullet">
/// <item>Owned, B: the least set with L ⊆ B and p ∈ B whenever Σ { s(o→p) : o ∈ B } ≥ t. A blocked owner's share
/// counts whole, not multiplied along the chain (OFAC: X owns 50 % of A, A owns 50 % of B, so B is blocked).</item>
/// <item>Controlled, C: the least set with B ⊆ C and p ∈ C whenever some o ∈ C has o ctl p, or
/// Σ { s(o→p) : o ∈ C } ≥ t (a majority held by parties listed parties control).</item>
/// </list>
/// Both are least fixed points, computed by adding parties until none is added: at most one pass per party, so a
/// cycle (A owns 60 % of B, B owns 60 % of A, neither listed) ends with neither owned, never loops. A party in B
/// and not in L is <see cref="OwnershipFindingKind.Owned"/>; one in C \ B is
/// <see cref="OwnershipFindingKind.Controlled"/>. A listed party is a direct hit, not a finding of this rule. Shares
/// below t held by listed parties make no finding on their own.</para>
/// <para><b>Chains.</b> A finding's holdings are the edges that count (for Owned: shares of parties in B; for
/// Controlled: control by parties in C, and their shares when those reach t), each followed up the same way to listed
/// parties, never through a party already on the chain, so a chain is finite even in a cycle.</para>
/// </remarks>
/// <param name="Threshold">The aggregate share, in percent, at or above which listed parties' ownership blocks the
/// party: 50 by default (OFAC). Setting <c>Interdict:Ownership:Threshold</c>.</param>
public sealed record OwnershipRule(decimal Threshold = OwnershipRule.OfacThreshold)
{
    /// <summary>OFAC's threshold: 50 percent or more, in aggregate.</summary>
    public const decimal OfacThreshold = 50m;

    /// <summary>The threshold, checked: more than 0, at most 100.</summary>
    public decimal Threshold { get; } = Threshold is > 0 and <= 100
        ? Threshold
        : throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The ownership threshold is a percentage above 0 and at most 100.");

    /// <summary>The rule with OFAC's 50 percent threshold.</summary>
    public static OwnershipRule Default { get; } = new();

    /// <summary>Whether <paramref name="party"/> is owned or controlled by the <paramref name="listed"/> parties of
    /// <paramref name="graph"/>, and how.</summary>
    /// <param name="graph">Who owns or controls whom.</param>
    /// <param name="listed">The keys of the listed parties.</param>
    /// <param name="party">The party asked about (a customer).</param>
    /// <returns>The finding, or null when the party is neither owned nor controlled by listed parties, or is listed itself.</returns>
    public OwnershipFinding? Evaluate(OwnershipGraph graph, IReadOnlySet<string> listed, string party)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(party);
        if (listed.Contains(party)) return null;
        var owned = LeastFixedPoint(graph, new HashSet<string>(listed, StringComparer.Ordinal), controlCounts: false);
        var controlled = LeastFixedPoint(graph, new HashSet<string>(owned, StringComparer.Ordinal), controlCounts: true);
        if (!controlled.Contains(party)) return null;
        var kind = owned.Contains(party) ? OwnershipFindingKind.Owned : OwnershipFindingKind.Controlled;
        var holdings = Holdings(graph, listed, owned, controlled, party, kind, [party]);
        return new OwnershipFinding(party, kind, holdings.Sum(h => h.Share ?? 0), holdings);
    }

    /// <summary>Adds to <paramref name="set"/> every party whose holders in the set reach the threshold (and, when
    /// <paramref name="controlCounts"/>, every party a member controls), until nothing is added.</summary>
    HashSet<string> LeastFixedPoint(OwnershipGraph graph, HashSet<string> set, bool controlCounts)
    {
        bool added;
        do
        {
            added = false;
            foreach (var party in graph.OwnedParties)
            {
                if (set.Contains(party)) continue;
                var edges = graph.OwnersOf(party);
                if (HeldShare(edges, set) >= Threshold || controlCounts && edges.Any(e => e.Share is null && set.Contains(e.Owner)))
                {
                    set.Add(party);
                    added = true;
                }
            }
        }
        while (added);
        return set;
    }

    static decimal HeldShare(IEnumerable<OwnershipEdge> edges, HashSet<string> holders) =>
        edges.Where(e => e.Share is not null && holders.Contains(e.Owner)).Sum(e => e.Share!.Value);

    /// <summary>The holdings that make <paramref name="party"/> owned or controlled, each followed up to listed
    /// parties; <paramref name="path"/> holds the parties already on the chain, which are not followed again.</summary>
    ImmutableArray<OwnershipHolding> Holdings(OwnershipGraph graph, IReadOnlySet<string> listed, HashSet<string> owned, HashSet<string> controlled,
        string party, OwnershipFindingKind kind, ImmutableHashSet<string> path)
    {
        var edges = graph.OwnersOf(party).Where(e => !path.Contains(e.Owner)).ToArray();
        IEnumerable<OwnershipEdge> counting = kind == OwnershipFindingKind.Owned
            ? edges.Where(e => e.Share is not null && owned.Contains(e.Owner))
            : edges.Where(e => controlled.Contains(e.Owner)
                && (e.Share is null || HeldShare(edges, controlled) >= Threshold));
        return [.. counting
            // Two edges from one holder (two classes of shares) are one holding.
            .GroupBy(e => e.Owner, StringComparer.Ordinal)
            .Select(g => (Owner: g.Key, Share: g.Any(e => e.Share is not null) ? g.Sum(e => e.Share ?? 0) : (decimal?)null))
            .OrderByDescending(h => h.Share ?? -1).ThenBy(h => graph.NameOf(h.Owner), StringComparer.Ordinal)
            .Select(h => listed.Contains(h.Owner)
                ? new OwnershipHolding(h.Owner, graph.NameOf(h.Owner), h.Share, Listed: true, [])
                : new OwnershipHolding(h.Owner, graph.NameOf(h.Owner), h.Share, Listed: false,
                    Holdings(graph, listed, owned, controlled, h.Owner,
                        owned.Contains(h.Owner) ? OwnershipFindingKind.Owned : OwnershipFindingKind.Controlled, path.Add(h.Owner))))];
    }
}
