using Interdict.Core.Lists;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Hs;
using Interdict.Rules.Loading;
using Interdict.Rules.Model;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>Which lists designate under the regime is the rulebook's data (<c>designating_lists</c>), not a constant of the
/// evaluator: the shipped rulebook names the UN list's DPRK regime, and another rulebook decides otherwise.</summary>
public sealed class DesignatingListTests
{
    private static readonly string Shipped = ReadShipped();

    private static string ReadShipped()
    {
        using var stream = typeof(Rulebook).Assembly.GetManifestResourceStream("rulebooks/un-dprk.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private const string ShippedLists = "designating_lists:\n  - {list: un, regimes: [DPRK]}\n";

    private static Rulebook WithLists(string lists)
    {
        Assert.Contains(ShippedLists, Shipped, StringComparison.Ordinal);
        return RulebookLoader.Load(Shipped.Replace(ShippedLists, lists, StringComparison.Ordinal), HsNomenclature.Embedded, "variant.yaml");
    }

    private static ListEntry Entry(string source, params string[] regimes) => new()
    {
        Source = source,
        Reference = "X.1",
        Kind = PartyKind.Organization,
        Names = [new PartyName("TEST")],
        Regimes = [.. regimes],
    };

    [Theory]
    [InlineData("un", new[] { "DPRK" }, true)]
    [InlineData("UN", new[] { "Democratic People's Republic of Korea (DPRK)" }, true)]
    [InlineData("un", new string[0], true)] // an older file naming no regime
    [InlineData("un", new[] { "Al-Qaida" }, false)]
    [InlineData("ofac", new[] { "DPRK3" }, false)]
    public void Shipped_DesignatesOnlyTheUnListsDprkRegime(string source, string[] regimes, bool designates)
    {
        Assert.Equal([new DesignatingList("un", ["DPRK"])], Engine.Rulebook.DesignatingLists.ToArray(), new DesignatingListComparer());
        Assert.Equal(designates, Engine.Rulebook.Designates(Entry(source, regimes)));
    }

    [Fact]
    public void ARulebookNamingAnotherList_DesignatesItsEntries_AndTheEvaluatorFollows()
    {
        var rulebook = WithLists("designating_lists:\n  - {list: un, regimes: [DPRK]}\n  - {list: ofac, regimes: [DPRK]}\n");
        Assert.True(rulebook.Designates(Entry("ofac", "DPRK3")));
        Assert.False(rulebook.Designates(Entry("ofac", "IRAN")));

        // The Al-Qaida test entity decides nothing under the shipped rulebook, and designates under one that names its regime.
        var check = Engine.Read("""
            {"id":"F","date":"2018-05-01","activity":"financial","action":"payment","direction":"to_dprk","parties":[{"name":"AL-QAIDA TEST ENTITY","role":"payee"}],"facts":{}}
            """);
        Assert.Equal(Decision.Permitted, Engine.Evaluator.Evaluate(check).Decision);
        var other = WithLists("designating_lists:\n  - {list: un, regimes: [DPRK, Al-Qaida]}\n");
        Assert.Equal(Decision.Prohibited, new RuleEvaluator(other, TestScreener.UnDprk).Evaluate(check).Decision);
    }

    [Theory]
    [InlineData("", "missing")]
    [InlineData("designating_lists:\n  - {regimes: [DPRK]}\n", "designating_lists[0].list")]
    [InlineData("designating_lists:\n  - {list: un, regimes: [\" \"]}\n", "designating_lists[0].regimes")]
    public void ARulebookWithoutValidDesignatingLists_IsRefused(string lists, string field)
    {
        var error = Assert.Throws<RulebookException>(() => WithLists(lists));
        Assert.Contains(error.Issues, i => (i.Field + " " + i.Message).Contains(field, StringComparison.Ordinal));
    }

    private sealed class DesignatingListComparer : IEqualityComparer<DesignatingList>
    {
        public bool Equals(DesignatingList? x, DesignatingList? y) => x!.List == y!.List && x.Regimes.SequenceEqual(y.Regimes);
        public int GetHashCode(DesignatingList obj) => obj.List.GetHashCode(StringComparison.Ordinal);
    }
}
