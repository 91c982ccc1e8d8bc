using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Microsoft.Extensions.Time.Testing;

namespace Interdict.Matching.Tests.Screening;

/// <summary>Screening against the real UN lists of 2018 and 2026.</summary>
public sealed class ScreenerTests
{
    static readonly Lazy<ListSnapshot> Un2026 = new(() => ListFiles.Import(RepositoryPaths.UnList2026).Snapshot!);
    static readonly Lazy<ListSnapshot> Un2018 = new(() => ListFiles.Import(RepositoryPaths.UnList2018).Snapshot!);
    static readonly Lazy<Screener> BothVersions = new(() => new Screener([Un2018.Value, Un2026.Value]));

    [Fact]
    public void Screen_ListedName_FindsTheEntryWithScoreOne()
    {
        var hit = Assert.Single(BothVersions.Value.Screen(new PartyQuery("RI WON HO", PartyKind.Person)), h => h.Score >= 1.0);
        Assert.Equal("KPi.033", hit.Entry.Reference);
        Assert.Equal("primary name \"RI WON HO\" (1.00); ri; won; ho", hit.Explanation.Summary);
    }

    [Fact]
    public void Screen_AsOfDate_UsesTheVersionInForceThatDay()
    {
        var screener = BothVersions.Value;
        Assert.Equal(new DateOnly(2018, 10, 29), screener.VersionsInForce(new DateOnly(2020, 1, 1)).Single().Date);
        Assert.Equal(new DateOnly(2026, 2, 27), screener.VersionsInForce(new DateOnly(2026, 3, 1)).Single().Date);
        Assert.Equal(new DateOnly(2026, 2, 27), screener.VersionsInForce(null).Single().Date);
        Assert.Empty(screener.ListsNotInForce(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Screen_AsOfBeforeTheFirstVersion_UsesNoVersion_AndSaysSo()
    {
        var screener = BothVersions.Value;
        var query = new PartyQuery("RI WON HO", PartyKind.Person);

        // Not the 2018 version silently: in 2010 no loaded version of the UN list was in force.
        Assert.Empty(screener.VersionsInForce(new DateOnly(2010, 1, 1)));
        Assert.Equal(["un"], screener.ListsNotInForce(new DateOnly(2010, 1, 1)));
        Assert.Empty(screener.Screen(query, new ScreeningOptions { AsOf = new DateOnly(2010, 1, 1) }));
        Assert.NotEmpty(screener.Screen(query, new ScreeningOptions { AsOf = new DateOnly(2018, 10, 29) }));
    }

    [Fact]
    public void RulesScreening_BeforeTheFirstVersion_UsesTheEarliest_WithEntriesListedByThen()
    {
        // Checks of trades dated years back run against the lists loaded now: "nobody designated" would be worse.
        var screener = new Screener([Un2026.Value]);
        var query = new PartyQuery("RI WON HO", PartyKind.Person);

        Assert.Empty(screener.Screen(query, new ScreeningOptions { AsOf = new DateOnly(2017, 1, 1) }));
        Assert.Contains(((IPartyScreener)screener).Screen(query, new DateOnly(2017, 1, 1)), h => h.Entry.Reference == "KPi.033");
        Assert.DoesNotContain(((IPartyScreener)screener).Screen(query, new DateOnly(2015, 1, 1)), h => h.Entry.Reference == "KPi.033");
    }

    [Fact]
    public void Screen_Now_UsesTheNewestVersionDatedOnOrBeforeToday_NotOneDatedInTheFuture()
    {
        var future = Un2026.Value with { Version = Un2026.Value.Version with { Generated = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) } };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var screener = new Screener([Un2018.Value, future], clock);

        Assert.Equal(new DateOnly(2018, 10, 29), screener.VersionsInForce(null).Single().Date);
        clock.SetUtcNow(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2030, 1, 1), screener.VersionsInForce(null).Single().Date);

        var onlyFuture = new Screener([future], new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));
        Assert.Empty(onlyFuture.Screen(new PartyQuery("RI WON HO", PartyKind.Person)));
        Assert.Equal(["un"], onlyFuture.ListsNotInForce(null));
    }

    [Fact]
    public void Screen_EntryAddedAfterTheDate_IsNotFoundAsOfThatDate()
    {
        // An entry of the 2026 list that the 2018 list does not have.
        var added = Un2026.Value.Entries.First(e => Un2018.Value.Entries.All(old => old.Reference != e.Reference) && e.ListedOn > new DateOnly(2019, 1, 1));
        var query = new PartyQuery(added.PrimaryName.Full, added.Kind);
        Assert.Contains(BothVersions.Value.Screen(query), h => h.Entry.Reference == added.Reference);
        Assert.DoesNotContain(BothVersions.Value.Screen(query, new ScreeningOptions { AsOf = new DateOnly(2019, 6, 1) }), h => h.Entry.Reference == added.Reference);
    }

    [Fact]
    public void Screen_ImoNumberInTheName_IsDecisive()
    {
        var entry = Un2026.Value.Entries.First(e => e.Identifiers.Any(i => i.Kind == IdentifierKind.Imo));
        var imo = entry.Identifiers.First(i => i.Kind == IdentifierKind.Imo).Value;
        var hit = BothVersions.Value.Screen(new PartyQuery($"IMO {imo}", PartyKind.Organization))[0];
        Assert.Equal(entry.Reference, hit.Entry.Reference);
        Assert.Equal(1.0, hit.Score);
        Assert.Contains(hit.Explanation.Evidence, e => e.Outcome == EvidenceOutcome.Decisive && e.Listed == imo);
    }

    [Fact]
    public void Screen_ConflictingDateOfBirth_LowersTheScore()
    {
        var screener = BothVersions.Value;
        var agreeing = screener.Screen(new PartyQuery("Kim Kwang Il", PartyKind.Person) { DateOfBirth = new PartialDate(1969, 9, 1) })
            .Single(h => h.Entry.Reference == "KPi.009");
        var conflicting = screener.Screen(new PartyQuery("Kim Kwang Il", PartyKind.Person) { DateOfBirth = new PartialDate(1950) }, new ScreeningOptions { Threshold = 0 })
            .Single(h => h.Entry.Reference == "KPi.009");
        Assert.True(conflicting.Score < agreeing.Score - 0.1, $"{conflicting.Score} vs {agreeing.Score}");
        Assert.Contains(conflicting.Explanation.Evidence, e => e.Attribute == "date_of_birth" && e.Outcome == EvidenceOutcome.Conflicts);
        Assert.Contains(agreeing.Explanation.Evidence, e => e.Attribute == "date_of_birth" && e.Outcome == EvidenceOutcome.Agrees);
    }

    [Fact]
    public void Screen_PersonQuery_DoesNotHitOrganisations()
    {
        var hits = BothVersions.Value.Screen(new PartyQuery("Korea Kwangson Banking Corporation", PartyKind.Person), new ScreeningOptions { Threshold = 0.5 });
        Assert.All(hits, h => Assert.Equal(PartyKind.Person, h.Entry.Kind));
        Assert.Contains(BothVersions.Value.Screen(new PartyQuery("Korea Kwangson Banking Corporation")), h => h.Entry.Reference == "KPe.025");
    }

    [Fact]
    public void Screen_ChineseNameNearAKoreanPersonsChineseAlias_IsNotAHit()
    {
        // PAK BONG NAM (KPi.073) has the alias Lui Wai Ming; Li and Lui once met as one Korean syllable (0.84).
        var screener = new Screener([Un2026.Value]);
        Assert.DoesNotContain(screener.Screen(new PartyQuery("Li Ming")), h => h.Entry.Reference == "KPi.073");
        Assert.Contains(screener.Screen(new PartyQuery("Lui Wai Ming")), h => h.Entry.Reference == "KPi.073");
        Assert.Contains(screener.Screen(new PartyQuery("Lee Pyong Chol")), h => h.Entry.Reference == "KPi.076"); // Lee~Ri stays
    }

    [Fact]
    public void Screen_HangulQuery_IsRomanisedAndFound()
    {
        var hit = BothVersions.Value.Screen(new PartyQuery("김광일"))[0];
        Assert.Equal("KPi.009", hit.Entry.Reference);
        Assert.Equal("kim kwang il", hit.Explanation.QueryReadAs);
    }

    [Fact]
    public void Screen_ListsFilter_LeavesOtherListsOut() =>
        Assert.Empty(BothVersions.Value.Screen(new PartyQuery("RI WON HO"), new ScreeningOptions { Lists = ["ofac"] }));

    [Fact]
    public void Screen_AsPartyScreener_ReturnsHitsOfTheVersionInForce()
    {
        IPartyScreener screener = BothVersions.Value;
        var hit = screener.Screen(new PartyQuery("Ri Won Ho"), new DateOnly(2020, 1, 1))[0];
        Assert.Equal(new DateOnly(2018, 10, 29), hit.Version.Date);
    }
}
