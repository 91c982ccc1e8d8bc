using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Payments.Screening;
using Interdict.Rules.Model;

namespace Interdict.Payments.Tests;

/// <summary>Free text screened by the engine's text mode, and the party cache: same answers as without it, keyed on
/// the whole query.</summary>
public sealed class TextAndCacheTests
{
    static readonly Lazy<Screener> Lists = new(() => new Screener(
        [UnListParser.Parse(Path.Combine(Samples.Root, "testdata", "data", "un", "consolidated-2026-02-27.xml")).GetSnapshotOrThrow()]));

    static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void ARemittanceLineNamingTwoListedBanks_GivesAHitForEach_WithTheWordsThatNamedIt()
    {
        var xml = File.ReadAllText(Path.Combine(Samples.Scenarios, "17-review-remittance-names-kkbc.xml")).Replace(
            "Policy XXAB9876 on behalf of KOREA KWANGSON BANKING CORPORATION",
            "Invoice 77: freight for Korea Kwangson Banking Corp and Tanchon Commercial Bank, May", StringComparison.Ordinal);
        var payment = new PaymentParser().Parse(xml).Payment!;
        var result = new PaymentScreening(Lists.Value, Rulebook.LoadEmbedded()).Screen(payment, Day);

        var inText = result.Hits.Where(h => h.Place.Path.EndsWith("/RmtInf/Ustrd[1]", StringComparison.Ordinal)).ToList();
        Assert.Equal(["KPe.025", "KPe.003"], inText.Select(h => h.Reference));
        Assert.Contains("\"Korea Kwangson Banking Corp\" at character 25", inText[0].Reason, StringComparison.Ordinal);
        Assert.Contains("\"Tanchon Commercial Bank\"", inText[1].Reason, StringComparison.Ordinal);
        Assert.All(inText, h => Assert.Equal(PaymentOutcome.Review, h.Outcome));
        Assert.Equal(PaymentOutcome.Review, result.Outcome);
    }

    [Fact]
    public void ALineWithoutAListedName_HasNoTextHit_EvenWithListedWordsInIt()
    {
        var xml = File.ReadAllText(Path.Combine(Samples.Scenarios, "17-review-remittance-names-kkbc.xml")).Replace(
            "Policy XXAB9876 on behalf of KOREA KWANGSON BANKING CORPORATION",
            "Korea Development Bank commercial loan, Seoul branch", StringComparison.Ordinal);
        var payment = new PaymentParser().Parse(xml).Payment!;
        var result = new PaymentScreening(Lists.Value, Rulebook.LoadEmbedded()).Screen(payment, Day);
        Assert.DoesNotContain(result.Hits, h => h.Place.Path.Contains("/RmtInf/", StringComparison.Ordinal));
    }

    [Fact]
    public void TextBeforeTheListsFirstVersion_IsSearchedInIt_WithTheEntriesListedByThatDay()
    {
        // As party screening does for payments dated years back: the one loaded version (2026-02-27) stands in for
        // earlier days, with only the entries listed by then (KPe.025 was listed on 2016-03-02).
        ITextScreener text = Lists.Value;
        const string line = "Payment for KOREA KWANGSON BANKING CORPORATION services";
        Assert.Contains(text.ScreenText(line, new DateOnly(2020, 1, 1)), n => n.Hit.Entry.Reference == "KPe.025" && n.Start == 12);
        Assert.DoesNotContain(text.ScreenText(line, new DateOnly(2016, 3, 1)), n => n.Hit.Entry.Reference == "KPe.025");
    }

    [Fact]
    public void EveryScenario_IsDecidedTheSame_WithTheCacheAndWithout_AndRecurringPartiesAreAnsweredFromIt()
    {
        var cached = new PaymentScreening(Lists.Value, Rulebook.LoadEmbedded());
        var uncached = new PaymentScreening(Lists.Value, Rulebook.LoadEmbedded(), new PaymentScreeningOptions { PartyCacheEntries = 0 });
        var payments = Directory.EnumerateFiles(Samples.Scenarios)
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".fin", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(Samples.Read).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var payment in payments)
            {
                var day = payment.ValueDate ?? Day;
                var expected = uncached.Screen(payment, day);
                var actual = cached.Screen(payment, day);
                Assert.Equal(expected.Outcome, actual.Outcome);
                Assert.Equal<PaymentHit>(expected.Hits, actual.Hits);
                Assert.Equal<LegalBasis>(expected.Basis, actual.Basis);
            }
        }
        var statistics = cached.PartyCache;
        // The second pass asks exactly what the first asked: at least half of all lookups are answered from the cache.
        Assert.True(statistics.Hits * 2 >= statistics.Lookups, $"{statistics}");
        Assert.Equal(0, uncached.PartyCache.Entries);
    }

    [Fact]
    public void ThePartyCache_KeysOnTheWholeQueryAndTheDay()
    {
        var counting = new CountingScreener(Lists.Value);
        var cache = new PartyScreeningCache(counting, maxEntries: 100);
        var name = new PartyQuery("Korea Kwangson Banking Corporation", PartyKind.Organization);

        cache.Screen(name, Day);
        cache.Screen(name with { }, Day); // an equal query, another object
        Assert.Equal(1, counting.Calls);

        cache.Screen(name, Day.AddDays(1));
        cache.Screen(name with { Kind = PartyKind.Person }, Day);
        cache.Screen(name with { Nationality = "KP" }, Day);
        cache.Screen(name with { DateOfBirth = new PartialDate(1960) }, Day);
        cache.Screen(name with { Identifiers = [new Identifier(IdentifierKind.SwiftBic, "KKBCKPPY")] }, Day);
        cache.Screen(name with { Identifiers = [new Identifier(IdentifierKind.SwiftBic, "FTBDKPPY")] }, Day);
        Assert.Equal(7, counting.Calls);

        Assert.Same(cache.Screen(name, Day), cache.Screen(name, Day));
        Assert.Equal(7, counting.Calls);
        Assert.Equal(new PartyCacheStatistics(10, 3, 7), cache.Statistics);
    }

    [Fact]
    public void ThePartyCache_IsBounded()
    {
        var cache = new PartyScreeningCache(new CountingScreener(Lists.Value), maxEntries: 3);
        for (var i = 0; i < 10; i++) cache.Screen(new PartyQuery($"Name number {i}"), Day);
        Assert.InRange(cache.Statistics.Entries, 1, 3);
    }

    /// <summary>The real screener, with its calls counted.</summary>
    sealed class CountingScreener(IPartyScreener inner) : IPartyScreener
    {
        public int Calls { get; private set; }

        public IReadOnlyList<PartyHit> Screen(PartyQuery query, DateOnly asOf)
        {
            Calls++;
            return inner.Screen(query, asOf);
        }
    }
}
