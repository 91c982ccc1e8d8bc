using Interdict.Core.Customers;
using Interdict.Core.Lists;
using Interdict.Core.Ownership;
using Interdict.Lists;
using Interdict.Matching.Ownership;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Ownership;

/// <summary>Customers screened through their owners against the real UN list of 2026 and a small list whose entries own
/// companies that are not listed themselves.</summary>
public sealed class OwnershipScreeningTests
{
    const string Komid = "KOREA MINING DEVELOPMENT TRADING CORPORATION";

    static readonly Lazy<ListSnapshot> Un2026 = new(() => ListFiles.Import(RepositoryPaths.UnList2026).Snapshot!);

    /// <summary>Two listed holding companies: one owns all of Sinhung Trading, the other directs Ryonha Shipping;
    /// a third owns 30 % of Pyongsu Metals.</summary>
    static readonly ListSnapshot Holdings = new(new ListVersion("test", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "crafted"),
    [
        Entry("T-1", "NAMGANG HOLDINGS GROUP", new PartyLink(LinkKind.Owns, "Sinhung Trading Co., Ltd.", Role: "subsidiary", Share: 100)),
        Entry("T-2", "CHONGRYONG ENTERPRISES", new PartyLink(LinkKind.Directs, "RYONHA SHIPPING COMPANY")),
        Entry("T-3", "KUMSAN INVESTMENT CORPORATION", new PartyLink(LinkKind.Owns, "Pyongsu Metals", Share: 30)),
        Entry("T-4", "TAEDONG CAPITAL", new PartyLink(LinkKind.Owns, "Pyongsu Metals", Share: 25)),
    ]);

    static readonly Lazy<(Screener Screener, ListLinks Links)> Lists = new(() =>
        (new Screener([Un2026.Value, Holdings]), ListLinks.Build([Un2026.Value, Holdings])));

    static ListEntry Entry(string reference, string name, params PartyLink[] links) => new()
    {
        Source = "test",
        Reference = reference,
        Kind = PartyKind.Organization,
        Names = [new PartyName(name)],
        Links = [.. links],
    };

    static IReadOnlyList<ScreeningHit> Screen(params Owner[] owners) => Screen(OwnershipRule.Default, owners);

    static IReadOnlyList<ScreeningHit> Screen(OwnershipRule rule, params Owner[] owners) =>
        OwnershipScreening.Screen(new Customer("c1", "Plain Harbour Bakery", PartyKind.Organization) { Owners = [.. owners] },
            Lists.Value.Screener, Lists.Value.Links, rule);

    [Fact]
    public void AnOwnerNamedAsAListedCompany_MakesTheCustomerOwned()
    {
        var hit = Assert.Single(Screen(new Owner("Korea Mining Development Trading Corp.", 60), new Owner("Anna Schmidt", 40)));

        Assert.Equal("un:KPe.001", hit.Entry.Key);
        var ownership = hit.Explanation.Ownership!;
        Assert.Equal(OwnershipFindingKind.Owned, ownership.Finding.Kind);
        Assert.Equal($"owned 60 % by {Komid} (listed)", ownership.Description);
        Assert.Equal("Korea Mining Development Trading Corp.", ownership.Owner);
        Assert.StartsWith($"owned 60 % by {Komid} (listed); owner \"Korea Mining Development Trading Corp.\": primary name", hit.Explanation.Summary);
        Assert.True(hit.Score > 0.9, $"{hit.Score}");
    }

    [Fact]
    public void AnOwnerTheListsLinksSayAListedCompanyOwns_IsAChainOfTwo()
    {
        var hit = Assert.Single(Screen(new Owner("SINHUNG TRADING COMPANY LIMITED", 60)));

        Assert.Equal("test:T-1", hit.Entry.Key);
        Assert.Equal(1.0, hit.Score);
        Assert.Equal("owned 60 % by SINHUNG TRADING COMPANY LIMITED, itself owned 100 % by NAMGANG HOLDINGS GROUP (listed)", hit.Explanation.Ownership!.Description);
        Assert.Equal("Sinhung Trading Co., Ltd.", hit.Explanation.Ownership.LinkedAs);
        Assert.EndsWith("named in the list's links as \"Sinhung Trading Co., Ltd.\"", hit.Explanation.Summary);
    }

    [Fact]
    public void AnIntermediaryOwnedByTwoListedCompaniesInAggregate_PassesTheCustomerOn()
    {
        var hits = Screen(new Owner("Pyongsu Metals", 75));

        Assert.Equal(["test:T-3", "test:T-4"], hits.Select(h => h.Entry.Key));
        Assert.All(hits, h => Assert.Equal(
            "owned 75 % by Pyongsu Metals, itself (owned 30 % by KUMSAN INVESTMENT CORPORATION (listed) and owned 25 % by TAEDONG CAPITAL (listed); 55 % in aggregate)",
            h.Explanation.Ownership!.Description));
    }

    [Fact]
    public void SharesOfAListedOwnerAndAListedParentsSubsidiary_AddUp()
    {
        var hits = Screen(new Owner(Komid, 30), new Owner("Sinhung Trading", 25), new Owner("Anna Schmidt", 45));

        Assert.Equal(["un:KPe.001", "test:T-1"], hits.Select(h => h.Entry.Key));
        Assert.Equal(55, hits[0].Explanation.Ownership!.Finding.AggregateShare);
    }

    [Fact]
    public void AMinorityHeldByListedParties_IsNoHit_UnlessTheThresholdIsLowered()
    {
        Assert.Empty(Screen(new Owner(Komid, 30), new Owner("Anna Schmidt", 70)));
        Assert.Single(Screen(new OwnershipRule(25), new Owner(Komid, 30), new Owner("Anna Schmidt", 70)));
    }

    [Fact]
    public void AListedControllerWithoutAShare_IsNoted()
    {
        var direct = Assert.Single(Screen(new Owner(Komid)));
        var linked = Assert.Single(Screen(new Owner("Ryonha Shipping Co", 100)));

        Assert.Equal(OwnershipFindingKind.Controlled, direct.Explanation.Ownership!.Finding.Kind);
        Assert.Equal($"controlled by {Komid} (listed)", direct.Explanation.Ownership.Description);
        Assert.Equal("owned 100 % by Ryonha Shipping Co, itself controlled by CHONGRYONG ENTERPRISES (listed)", linked.Explanation.Ownership!.Description);
    }

    [Fact]
    public void OwnersThatAreNeitherListedNorLinked_AndNoOwners_GiveNoHit()
    {
        Assert.Empty(Screen(new Owner("Anna Schmidt", 60), new Owner("Harbour Holdings", 40)));
        Assert.Empty(Screen());
    }
}
