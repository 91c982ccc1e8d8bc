using Interdict.Core.Lists;

namespace Interdict.Lists.Tests;

/// <summary>Links the UN list states in its comments (<see cref="UnCommentLinks"/>), read from the real 2026 list:
/// counts, several links field by field at both ends, and the sentences that must give none.</summary>
public sealed class UnCommentLinksTests
{
    static ListSnapshot Un => RealLists.Un2026;

    /// <summary>The links read from comments as the comment words them (not their reverse at the party named).</summary>
    static IEnumerable<(ListEntry Entry, PartyLink Link)> Stated(ListSnapshot snapshot) =>
        snapshot.Entries.SelectMany(e => e.Links.Where(l => l.Quote is not null && (l.Kind == LinkKind.OwnedBy || l.Role is UnCommentLinks.ActingFor or "front company for")).Select(l => (e, l)));

    [Fact]
    public void Un2026_52LinksFrom46Comments_EachHeldAtBothEnds()
    {
        // 914 comments; 73 use one of the phrases (owned/controlled by, subsidiary of, on behalf of, acting for,
        // front company for); 46 of them name, clearly, a party that is itself on the list.
        var stated = Stated(Un).ToList();
        Assert.Equal(52, stated.Count);
        Assert.Equal(33, stated.Count(s => s.Link.Kind == LinkKind.OwnedBy));
        Assert.Equal(46, stated.Select(s => s.Entry.Reference).Distinct().Count());
        Assert.Equal(104, Un.Entries.Sum(e => e.Links.Count(l => l.Quote is not null)));
        foreach (var (entry, link) in stated)
        {
            var other = Un.Entry(link.Reference!);
            Assert.Equal(other.PrimaryName.Full, link.Name);
            Assert.Contains(other.Links, back => back.Reference == entry.Reference && back.Quote == link.Quote
                && back.Kind == (link.Kind == LinkKind.OwnedBy ? LinkKind.Owns : LinkKind.LinkedTo));
        }
        Assert.Equal(51, Stated(RealLists.Un2018).Count());
    }

    [Fact]
    public void GhorbNooh_OwnedOrControlledByKaa_NamedByItsAcronym()
    {
        var ghorbNooh = Un.Entry("IRe.024");

        var link = Assert.Single(ghorbNooh.Links, l => l.Quote is not null && l.Kind == LinkKind.OwnedBy);
        Assert.Equal(new PartyLink(LinkKind.OwnedBy, "KHATAM AL-ANBIYA CONSTRUCTION HEADQUARTERS (KAA)", "IRe.036", "Owned or controlled by", Quote: "Owned or controlled by KAA."), link);
        // Ghorb Nooh owns in turn: three companies are owned or controlled by it.
        Assert.Equal(["IRe.025", "IRe.048", "IRe.062"], ghorbNooh.Links.Where(l => l.Kind == LinkKind.Owns).Select(l => l.Reference).Order(StringComparer.Ordinal));
        Assert.Contains(new PartyLink(LinkKind.Owns, "GHORB NOOH", "IRe.024", "Owned or controlled by", Quote: "Owned or controlled by KAA."), Un.Entry("IRe.036").Links);
    }

    [Fact]
    public void RoshanMoneyExchange_OwnedByTheReferenceInBrackets()
    {
        var roshan = Un.Entry("TAe.011");

        Assert.Contains(new PartyLink(LinkKind.OwnedBy, "AHMED SHAH NOORZAI OBAIDULLAH", "TAi.166", "Owned by", Quote: "Owned by Ahmed Shah Noorzai Obaidullah (TAi.166)."), roshan.Links);
        Assert.Contains(new PartyLink(LinkKind.Owns, "ROSHAN MONEY EXCHANGE", "TAe.011", "Owned by", Quote: "Owned by Ahmed Shah Noorzai Obaidullah (TAi.166)."), Un.Entry("TAi.166").Links);
    }

    [Fact]
    public void HongKongElectronics_OneSentenceNamesTwoOwners_TheConnectorIsPartOfTheRole()
    {
        var hongKong = Un.Entry("KPe.005");

        const string quote = "Owned or controlled by, or acts or purports to act for or on behalf of Tanchon Commercial Bank and KOMID.";
        const string role = "Owned or controlled by, or acts or purports to act for or on behalf of";
        Assert.Contains(new PartyLink(LinkKind.OwnedBy, "TANCHON COMMERCIAL BANK", "KPe.003", role, Quote: quote), hongKong.Links);
        Assert.Contains(new PartyLink(LinkKind.OwnedBy, "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KPe.001", role, Quote: quote), hongKong.Links);
    }

    [Fact]
    public void KimSongChol_ActsOnBehalfOfKomid_AndKomidIsActedForByHim()
    {
        const string quote = "Kim Song Chol is a KOMID official that has conducted business in Sudan on behalf of KOMID’s interests.";

        Assert.Contains(new PartyLink(LinkKind.LinkedTo, "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KPe.001", UnCommentLinks.ActingFor, Quote: quote), Un.Entry("KPi.030").Links);
        Assert.Contains(new PartyLink(LinkKind.LinkedTo, "KIM SONG CHOL", "KPi.030", UnCommentLinks.ActedForBy, Quote: quote), Un.Entry("KPe.001").Links);
    }

    [Fact]
    public void DcbFinance_AFrontCompanyForDaedongCreditBank_NamedWithItsAcronym()
    {
        const string quote = "DCB Finance Limited is a front company for Daedong Credit Bank (DCB), a listed entity.";

        Assert.Contains(new PartyLink(LinkKind.LinkedTo, "DAEDONG CREDIT BANK (DCB)", "KPe.023", "front company for", Quote: quote), Un.Entry("KPe.040").Links);
        Assert.Contains(new PartyLink(LinkKind.LinkedTo, "DCB FINANCE LIMITED", "KPe.040", UnCommentLinks.FrontCompany, Quote: quote), Un.Entry("KPe.023").Links);
    }

    [Fact]
    public void KoreaKumsan_OwnedOrControlledDirectlyOrIndirectly_ByTheGeneralBureauOfAtomicEnergy()
    {
        var link = Assert.Single(Un.Entry("KPe.044").Links, l => l.Quote is not null);

        Assert.Equal(LinkKind.OwnedBy, link.Kind);
        Assert.Equal("KPe.007", link.Reference);
        Assert.Equal("owned or controlled by, or acting or purporting to act for or on behalf of, directly or indirectly", link.Role);
        Assert.StartsWith("Korea Kumsan Trading Corporation is owned or controlled by", link.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclearSentences_GiveNoLink()
    {
        // The vessel SAM MA 2 is "owned by Korea Samma Shipping Company": the company itself, not another party.
        Assert.DoesNotContain(Un.Entry("KPe.065").Links, l => l.Quote is not null);
        var names = UnCommentLinks.NameTable(Un.Entries);
        var byReference = Un.Entries.ToDictionary(e => e.Reference, StringComparer.Ordinal);
        // A relative clause about another party, an unlisted owner, a common word: nothing.
        Assert.Empty(UnCommentLinks.Read("Owned or controlled by Bank Alpha, which in turn is owned or controlled by KAA.", names, byReference));
        Assert.Empty(UnCommentLinks.Read("Yas Air is the new name for Pars Air, a company that was owned by Ghorb Nooh.", names, byReference));
        Assert.Empty(UnCommentLinks.Read("Collects taxes on behalf of the leadership.", names, byReference));
        Assert.Empty(UnCommentLinks.Read("Acted on behalf of kaa.", names, byReference));
        // The same words, clear: one link.
        Assert.Equal(["IRe.024"], UnCommentLinks.Read("Owned or controlled by the Ghorb Nooh.", names, byReference).Select(l => l.Reference));
    }
}
