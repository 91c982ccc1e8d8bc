using Interdict.Core.Lists;

namespace Interdict.Lists.Tests;

public sealed class ListPlausibilityTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    static readonly ListPlausibility Rules = new(Now);

    [Theory]
    [InlineData("1999-12-31T23:59:59Z", false)]
    [InlineData("2000-01-01T00:00:00Z", true)]
    [InlineData("2026-12-08T23:59:59Z", true)] // tomorrow: a publisher a time zone ahead
    [InlineData("2026-12-09T00:00:00Z", false)]
    public void Check_GenerationDate_MustBeFrom2000ToTomorrow(string generated, bool accepted)
    {
        // Dated as the UN parser dates its results: the refusal names the attribute the date was read from.
        var parsed = ImportResult.Succeeded(List(DateTimeOffset.Parse(generated, System.Globalization.CultureInfo.InvariantCulture), 10))
            .WithDating(new ListDating("test.xml", "dateGenerated"));

        var refusal = Rules.Check(parsed, null, false);

        Assert.Equal(accepted, refusal is null);
        if (refusal is not null) Assert.Equal(("test.xml", "dateGenerated"), (refusal.Reason.Origin, refusal.Reason.Element));
    }

    [Theory]
    [InlineData(75, false)] // exactly 25 %: allowed
    [InlineData(74, true)]
    public void Check_ShrinkBeyondTheShare_NeedsConfirmation_WithTheDiffCounts(int entries, bool refused)
    {
        var inForce = List(Now.AddDays(-10), 100);

        var refusal = Rules.Check(ImportResult.Succeeded(List(Now.AddDays(-1), entries)), inForce, allowShrink: false);

        Assert.Equal(refused, refusal is not null);
        if (refusal is null) return;
        Assert.True(refusal.NeedsConfirmation);
        Assert.Equal((0, 100 - entries, 0), (refusal.Shrink!.Added.Length, refusal.Shrink.Removed.Length, refusal.Shrink.Changed.Length));
        Assert.Contains($"0 added, {100 - entries} removed, 0 changed", refusal.Reason.Message, StringComparison.Ordinal);
        Assert.Null(Rules.Check(ImportResult.Succeeded(List(Now.AddDays(-1), entries)), inForce, allowShrink: true));
    }

    [Fact]
    public void Check_AnOlderVersion_IsNotComparedWithTheOneInForce()
    {
        // History for as-of screening replaces nothing: a small old version is fine.
        Assert.Null(Rules.Check(ImportResult.Succeeded(List(Now.AddYears(-5), 3)), List(Now.AddDays(-1), 100), allowShrink: false));
    }

    [Fact]
    public void Check_TheSettingIsTheShareAllowed()
    {
        var strict = new ListPlausibility(Now, MaxShrinkShare: 0.05);

        Assert.NotNull(strict.Check(ImportResult.Succeeded(List(Now.AddDays(-1), 90)), List(Now.AddDays(-10), 100), false));
        Assert.Null(strict.Check(ImportResult.Succeeded(List(Now.AddDays(-1), 96)), List(Now.AddDays(-10), 100), false));
    }

    [Fact]
    public void Check_NoEntries_IsRefused()
    {
        var refusal = Rules.Check(ImportResult.Succeeded(List(Now.AddDays(-1), 0)), null, false);

        Assert.NotNull(refusal);
        Assert.False(refusal.NeedsConfirmation);
        Assert.Contains("no entries", refusal.Reason.Message, StringComparison.Ordinal);
    }

    static ListSnapshot List(DateTimeOffset generated, int entries)
    {
        var version = new ListVersion("un", generated, "test.xml");
        return new ListSnapshot(version, [.. Enumerable.Range(1, entries).Select(i =>
            new ListEntry { Source = "un", Reference = $"XXi.{i:000}", Kind = PartyKind.Person, Names = [new PartyName($"PERSON NUMBER {i}")] })]);
    }
}
