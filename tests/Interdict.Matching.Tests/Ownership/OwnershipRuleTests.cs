using Interdict.Core.Ownership;

namespace Interdict.Matching.Tests.Ownership;

/// <summary>The ownership rule on small graphs: direct, chains of two and three companies, aggregates either side of
/// the threshold, control without a share, cycles.</summary>
public sealed class OwnershipRuleTests
{
    const string Customer = "customer";

    static OwnershipFinding? Evaluate(string[] listed, params OwnershipEdge[] edges) => Evaluate(OwnershipRule.Default, listed, edges);

    static OwnershipFinding? Evaluate(OwnershipRule rule, string[] listed, params OwnershipEdge[] edges) =>
        rule.Evaluate(new OwnershipGraph(edges), listed.ToHashSet(StringComparer.Ordinal), Customer);

    static OwnershipEdge Owns(string owner, string owned, decimal share) => new(owner, owned, share);

    static OwnershipEdge Controls(string owner, string owned) => new(owner, owned, null);

    [Fact]
    public void AListedOwnerOfAMajorityOwnsTheCustomerDirectly()
    {
        var finding = Evaluate(["KOMID"], Owns("KOMID", Customer, 60));

        Assert.NotNull(finding);
        Assert.Equal(OwnershipFindingKind.Owned, finding.Kind);
        Assert.Equal(60, finding.AggregateShare);
        Assert.Equal("owned 60 % by KOMID (listed)", finding.Describe());
        Assert.Equal(["KOMID"], finding.ListedParties);
    }

    [Fact]
    public void ExactlyTheThresholdCounts_OfacSays50PercentOrMore()
    {
        Assert.Equal(OwnershipFindingKind.Owned, Evaluate(["Y"], Owns("Y", Customer, 50))?.Kind);
        Assert.Null(Evaluate(["Y"], Owns("Y", Customer, 49.99m)));
    }

    [Fact]
    public void AChainOfTwoCompanies_TheIntermediaryIsBlockedByItsListedOwner()
    {
        var finding = Evaluate(["Y"], Owns("X", Customer, 60), Owns("Y", "X", 100));

        Assert.Equal(OwnershipFindingKind.Owned, finding?.Kind);
        Assert.Equal("owned 60 % by X, itself owned 100 % by Y (listed)", finding!.Describe());
        Assert.Equal(["Y"], finding.ListedParties);
    }

    [Fact]
    public void AChainOfThreeCompanies_SharesAreNotMultipliedAlongTheChain()
    {
        // 50 % × 50 % × 60 % is 15 %, but each blocked company counts whole (OFAC's example of entities A and B).
        var finding = Evaluate(["Y"], Owns("X", Customer, 60), Owns("W", "X", 50), Owns("Y", "W", 50));

        Assert.Equal(OwnershipFindingKind.Owned, finding?.Kind);
        Assert.Equal("owned 60 % by X, itself owned 50 % by W, itself owned 50 % by Y (listed)", finding!.Describe());
    }

    [Fact]
    public void AChainBreaksWhereAnIntermediaryIsOwnedBelowTheThreshold()
    {
        Assert.Null(Evaluate(["Y"], Owns("X", Customer, 60), Owns("W", "X", 100), Owns("Y", "W", 40)));
    }

    [Fact]
    public void SharesOfSeveralListedOwnersAddUp_Over50()
    {
        var finding = Evaluate(["A", "C"], Owns("A", Customer, 30), Owns("B", Customer, 25), Owns("C", "B", 100), Owns("D", Customer, 45));

        Assert.Equal(OwnershipFindingKind.Owned, finding?.Kind);
        Assert.Equal(55, finding!.AggregateShare);
        Assert.Equal("owned 30 % by A (listed) and owned 25 % by B, itself owned 100 % by C (listed); 55 % in aggregate", finding.Describe());
        Assert.Equal(["A", "C"], finding.ListedParties);
    }

    [Fact]
    public void SharesOfSeveralListedOwnersAddUp_Under50IsNoFinding()
    {
        Assert.Null(Evaluate(["A", "B"], Owns("A", Customer, 30), Owns("B", Customer, 19), Owns("D", Customer, 51)));
    }

    [Fact]
    public void AnIntermediaryOwnedInAggregateCountsWhole()
    {
        var finding = Evaluate(["A", "B"], Owns("X", Customer, 70), Owns("A", "X", 26), Owns("B", "X", 24));

        Assert.Equal(OwnershipFindingKind.Owned, finding?.Kind);
        Assert.Equal("owned 70 % by X, itself (owned 26 % by A (listed) and owned 24 % by B (listed); 50 % in aggregate)", finding!.Describe());
    }

    [Fact]
    public void TheThresholdIsConfigurable()
    {
        var strict = new OwnershipRule(25);

        Assert.Equal(OwnershipFindingKind.Owned, Evaluate(strict, ["A"], Owns("A", Customer, 30))?.Kind);
        Assert.Null(Evaluate(["A"], Owns("A", Customer, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OwnershipRule(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OwnershipRule(150));
    }

    [Fact]
    public void ControlByAListedPartyIsNotedWithoutAShare()
    {
        var finding = Evaluate(["Y"], Controls("Y", Customer));

        Assert.Equal(OwnershipFindingKind.Controlled, finding?.Kind);
        Assert.Equal(0, finding!.AggregateShare);
        Assert.Equal("controlled by Y (listed)", finding.Describe());
    }

    [Fact]
    public void ControlPassesThroughAMajorityOwnedIntermediaryButDoesNotBlock()
    {
        var finding = Evaluate(["Y"], Owns("X", Customer, 60), Controls("Y", "X"));

        Assert.Equal(OwnershipFindingKind.Controlled, finding?.Kind);
        Assert.Equal("owned 60 % by X, itself controlled by Y (listed)", finding!.Describe());
        // A minority stake of a controlled company is neither.
        Assert.Null(Evaluate(["Y"], Owns("X", Customer, 20), Controls("Y", "X")));
    }

    [Fact]
    public void ABlockedControllerIsNamedWithItsChain()
    {
        var finding = Evaluate(["Y"], Controls("X", Customer), Owns("Y", "X", 100));

        Assert.Equal(OwnershipFindingKind.Controlled, finding?.Kind);
        Assert.Equal("controlled by X, itself owned 100 % by Y (listed)", finding!.Describe());
    }

    [Fact]
    public void ACycleWithoutAListedPartyEndsWithNoFinding()
    {
        Assert.Null(Evaluate([], Owns("A", "B", 60), Owns("B", "A", 60), Owns("A", Customer, 100)));
    }

    [Fact]
    public void ACycleThroughTheChainIsFollowedOnce()
    {
        // Y blocks A; A blocks B; B owns A back and the customer: the chain names A once.
        var finding = Evaluate(["Y"], Owns("Y", "A", 60), Owns("A", "B", 60), Owns("B", "A", 40), Owns("B", Customer, 100));

        Assert.Equal(OwnershipFindingKind.Owned, finding?.Kind);
        Assert.Equal("owned 100 % by B, itself owned 60 % by A, itself owned 60 % by Y (listed)", finding!.Describe());
    }

    [Fact]
    public void ACycleBackToTheCustomerDoesNotLoop()
    {
        var finding = Evaluate(["Y"], Owns("X", Customer, 60), Owns(Customer, "X", 40), Owns("Y", "X", 60));

        Assert.Equal("owned 60 % by X, itself owned 60 % by Y (listed)", finding!.Describe());
    }

    [Fact]
    public void AListedCustomerIsADirectHitNotAFinding()
    {
        Assert.Null(OwnershipRule.Default.Evaluate(new OwnershipGraph([Owns("Y", Customer, 100)]), new HashSet<string> { "Y", Customer }, Customer));
    }

    [Fact]
    public void TwoEdgesFromOneHolderAreOneHolding()
    {
        var finding = Evaluate(["Y"], Owns("Y", Customer, 30), Owns("Y", Customer, 25));

        Assert.Equal("owned 55 % by Y (listed)", finding!.Describe());
    }

    [Fact]
    public void NamesAreShownInsteadOfKeys()
    {
        var graph = new OwnershipGraph([Owns("un:KPe.001", Customer, 60)], new Dictionary<string, string> { ["un:KPe.001"] = "KOREA MINING DEVELOPMENT TRADING CORPORATION" });

        var finding = OwnershipRule.Default.Evaluate(graph, new HashSet<string> { "un:KPe.001" }, Customer);

        Assert.Equal("owned 60 % by KOREA MINING DEVELOPMENT TRADING CORPORATION (listed)", finding!.Describe());
    }
}
