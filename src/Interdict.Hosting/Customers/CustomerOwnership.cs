using Interdict.Core.Customers;
using Interdict.Core.Ownership;
using Interdict.Hosting.Lists;
using Interdict.Matching.Ownership;
using Interdict.Matching.Screening;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting.Customers;

/// <summary>Screens customers' owners and controllers with the configured ownership rule (<see cref="OwnershipRule"/>,
/// threshold <c>Interdict:Ownership:Threshold</c>, 50 by default) against the lists in force.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class CustomerOwnership
{
    readonly ListHost _lists;

    /// <summary>Creates the service.</summary>
    /// <param name="lists">The lists served.</param>
    /// <param name="options">Where the threshold is configured.</param>
    public CustomerOwnership(ListHost lists, IOptions<InterdictOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lists = lists;
        Rule = new OwnershipRule(options.Value.Ownership.Threshold);
    }

    /// <summary>The lists served now.</summary>
    public ListState Served => _lists.Current;

    /// <summary>The rule in force.</summary>
    public OwnershipRule Rule { get; }

    /// <summary>The ownership hits of <paramref name="customer"/> against <paramref name="state"/> (default: the lists
    /// served now): one per listed party that owns or controls it, each explaining its chain.</summary>
    /// <param name="customer">The customer with its owners.</param>
    /// <param name="state">The lists to screen against: a list update's new state before it is served.</param>
    public IReadOnlyList<ScreeningHit> Screen(Customer customer, ListState? state = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.Owners.IsDefaultOrEmpty) return [];
        var lists = state ?? _lists.Current;
        return OwnershipScreening.Screen(customer, lists.Screener, lists.Links, Rule, new ScreeningOptions());
    }
}
