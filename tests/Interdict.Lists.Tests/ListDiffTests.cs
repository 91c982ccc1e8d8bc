using Interdict.Core.Lists;

namespace Interdict.Lists.Tests;

public sealed class ListDiffTests
{
    [Fact]
    public void Compute_Un2018To2026_FindsAddedRemovedAndChangedReferences()
    {
        var diff = ListDiff.Compute(RealLists.Un2018, RealLists.Un2026);

        Assert.Equal(111, diff.Added.Length);
        Assert.Equal(201, diff.Removed.Length);
        Assert.Equal(652, diff.Changed.Length);
        Assert.Equal(64, diff.Changed.Count(c => c.NamesChanged));
        Assert.Equal(139, diff.Changed.Count(c => c.AffectsScreening));
        // Haiti is a regime the 2018 list did not have; most of the removed entries are Iraq's.
        Assert.Equal(11, diff.Added.Count(e => e.Regimes.Contains("Haiti")));
        Assert.Equal(163, diff.Removed.Count(e => e.Regimes.Contains("Iraq")));
        Assert.Empty(diff.Added.Where(e => e.Regimes.Contains("DPRK")));
        Assert.Equal(RealLists.Un2018.Version, diff.From);
        Assert.Equal(RealLists.Un2026.Version, diff.To);
    }

    [Fact]
    public void Compute_Un2018To2026_ChangeListsFieldsThatDiffer()
    {
        var diff = ListDiff.Compute(RealLists.Un2018, RealLists.Un2026);

        // KPi.003 gained the alias "HWANG SOK HA".
        var change = diff.Changed.Single(c => c.Key == "un:KPi.003");
        Assert.True(change.NamesChanged);
        Assert.Contains("Names", change.Fields);
        Assert.DoesNotContain(change.Before.Names, n => n.Full == "HWANG SOK HA");
        Assert.Contains(change.After.Names, n => n.Full == "HWANG SOK HA");
        Assert.All(diff.Changed, c => Assert.NotEmpty(c.Fields));
    }

    [Fact]
    public void Compute_Un2026To2018_IsTheReverse()
    {
        var forward = ListDiff.Compute(RealLists.Un2018, RealLists.Un2026);
        var backward = ListDiff.Compute(RealLists.Un2026, RealLists.Un2018);

        Assert.Equal(forward.Added.Select(e => e.Key).Order(StringComparer.Ordinal), backward.Removed.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(forward.Removed.Select(e => e.Key).Order(StringComparer.Ordinal), backward.Added.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(forward.Changed.Length, backward.Changed.Length);
    }

    [Fact]
    public void Compute_SameVersionParsedTwice_IsEmpty()
    {
        var again = UnListParser.Parse(RealLists.Un2026Path).GetSnapshotOrThrow();

        Assert.True(ListDiff.Compute(RealLists.Un2026, again).IsEmpty);
    }

    [Fact]
    public void Compute_AliasesReordered_IsNotAChange()
    {
        var before = Entry("A", [new PartyName("KIM CHOL"), new PartyName("X", NameKind.Alias), new PartyName("Y", NameKind.Alias)]);
        var after = before with { Names = [new PartyName("KIM CHOL"), new PartyName("Y", NameKind.Alias), new PartyName("X", NameKind.Alias)] };

        Assert.True(ListDiff.Compute(Snapshot(before), Snapshot(after)).IsEmpty);
    }

    [Fact]
    public void Compute_PrimaryNameSwappedWithAlias_IsANameChange()
    {
        var before = Entry("A", [new PartyName("KIM CHOL"), new PartyName("X", NameKind.Alias)]);
        var after = before with { Names = [new PartyName("X"), new PartyName("KIM CHOL", NameKind.Alias)] };

        var change = Assert.Single(ListDiff.Compute(Snapshot(before), Snapshot(after)).Changed);
        Seq.Equal(["Names"], change.Fields);
    }

    [Fact]
    public void Compute_DocumentAndCommentChanged_ListsBothFields()
    {
        var before = Entry("A", [new PartyName("KIM CHOL")]) with { Documents = [new IdentityDocument(DocumentKind.Passport, "1")] };
        var after = before with { Documents = [new IdentityDocument(DocumentKind.Passport, "2")], Comments = "new" };

        var change = Assert.Single(ListDiff.Compute(Snapshot(before), Snapshot(after)).Changed);
        Seq.Equal(["Documents", "Comments"], change.Fields);
        Assert.False(change.NamesChanged);
        Assert.True(change.AffectsScreening);
    }

    [Fact]
    public void EntriesToRescreen_CommentAndAddressChanges_AreLeftOut()
    {
        var kept = Entry("A", [new PartyName("KIM CHOL")]);
        var annotated = Entry("B", [new PartyName("RI WON HO")]);
        var born = Entry("C", [new PartyName("PAK TO CHUN")]);
        var before = Snapshot(kept, annotated, born);
        var after = Snapshot(kept,
            annotated with { Comments = "Moved to Dandong.", Addresses = [new Address(City: "Dandong")] },
            born with { DatesOfBirth = [DateOfBirth.Exact(new PartialDate(1944))] },
            Entry("D", [new PartyName("JO YONG WON")]));

        var diff = ListDiff.Compute(before, after);

        Assert.Equal(2, diff.Changed.Length);
        Seq.Equal(["test:C", "test:D"], diff.EntriesToRescreen.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compute_DifferentSources_Throws()
    {
        Assert.Throws<ArgumentException>(() => ListDiff.Compute(RealLists.Un2026, RealLists.Ofac));
    }

    static ListEntry Entry(string reference, PartyName[] names) => new()
    {
        Source = "test",
        Reference = reference,
        Kind = PartyKind.Person,
        Names = [.. names],
    };

    static ListSnapshot Snapshot(params ListEntry[] entries) =>
        new(new ListVersion("test", DateTimeOffset.UnixEpoch, "test"), [.. entries]);
}
