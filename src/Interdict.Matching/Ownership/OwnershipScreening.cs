using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Core.Ownership;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Ownership;

/// <summary>Screens a customer's owners and controllers, builds the ownership graph they and the lists' links make, and
/// turns the <see cref="OwnershipRule"/>'s finding into hits: one per listed party at the end of a chain, each
/// explaining the chain (<see cref="Explanation.Ownership"/>).</summary>
/// <remarks>
/// <para>The graph: the customer; each owner, with its share of the customer (none: control). An owner whose name or
/// identifiers hit a listed entry is that listed party (its best hit); another is followed into the lists' links
/// (<see cref="ListLinks"/>): each entry that owns (with the share the list states, or none) or directs a company of
/// the owner's name is a listed holder of that owner. The rule then weighs the graph. A listed party's own chain
/// upwards is not followed: it is listed, so its holdings count whole.</para>
/// <para>Pure apart from the screener's clock; thread-safe.</para>
/// </remarks>
public static class OwnershipScreening
{
    const string Customer = "customer";

    /// <summary>The ownership hits of <paramref name="customer"/>: none when it has no owners, or when its owners do not
    /// make it owned or controlled by listed parties.</summary>
    /// <param name="customer">The customer, with its owners.</param>
    /// <param name="screener">The screener of the lists in force.</param>
    /// <param name="links">The links of the same lists.</param>
    /// <param name="rule">The ownership rule (its threshold).</param>
    /// <param name="options">The options owners are screened with (those of the customer).</param>
    public static IReadOnlyList<ScreeningHit> Screen(Customer customer, Screener screener, ListLinks links, OwnershipRule rule, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(rule);
        if (customer.Owners.IsDefaultOrEmpty) return [];
        var edges = new List<OwnershipEdge>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        // How each listed party was found: the hit to raise, the owner it came through, and the link name when it was
        // found through a link. The first owner to find a party explains it.
        var found = new Dictionary<string, (ScreeningHit Hit, string Owner, string? LinkedAs)>(StringComparer.Ordinal);
        foreach (var owner in customer.Owners)
        {
            var hits = screener.Screen(owner.ToQuery(), options);
            string key;
            if (hits.Count > 0)
            {
                var best = hits[0];
                key = "entry:" + best.Entry.Key;
                names[key] = best.Entry.PrimaryName.Full;
                listed.Add(key);
                found.TryAdd(key, (best, owner.Name, null));
            }
            else
            {
                key = "owner:" + ListLinks.Key(owner.Name);
                names.TryAdd(key, owner.Name);
                foreach (var holder in links.HoldersOf(owner.Name))
                {
                    var holderKey = "entry:" + holder.Entry.Key;
                    names[holderKey] = holder.Entry.PrimaryName.Full;
                    listed.Add(holderKey);
                    edges.Add(new OwnershipEdge(holderKey, key, holder.Link.Kind == LinkKind.Owns ? holder.Link.Share : null));
                    found.TryAdd(holderKey, (LinkHit(holder, owner), owner.Name, holder.Link.Name));
                }
            }
            edges.Add(new OwnershipEdge(key, Customer, owner.Share));
        }
        if (listed.Count == 0) return [];
        var finding = rule.Evaluate(new OwnershipGraph(edges, names), listed, Customer);
        if (finding is null) return [];
        return [.. finding.ListedParties.Select(party =>
        {
            var (hit, owner, linkedAs) = found[party];
            return hit with { Explanation = hit.Explanation with { Ownership = new OwnershipExplanation(finding, owner, rule.Threshold, linkedAs) } };
        })];
    }

    /// <summary>A hit on the entry that owns or directs a company of the owner's name: the name is the link's, equal
    /// to the owner's once normalised, so the score is 1.</summary>
    static ScreeningHit LinkHit(LinkHolder holder, Owner owner) =>
        new(holder.Entry, holder.Version, 1.0, new Explanation(ListLinks.Key(owner.Name), holder.Link.Name, NameKind.Primary, NameQuality.Good, 1.0,
            new NameComparison(1.0, [], [], []), []));
}
