using Interdict.Core.Alerts;

namespace Interdict.Storage.Tests;

/// <summary>The four-eyes state machine in Core, without storage.</summary>
public sealed class AlertTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    static Alert Open() => new()
    {
        Id = 7,
        CustomerId = "c1",
        CustomerFingerprint = "cf",
        Source = "un",
        EntryReference = "KPi.033",
        EntryName = "KIM",
        ListVersion = "v1",
        EntryFingerprint = "ef",
        Score = 0.91,
        Explanation = "{}",
        CreatedAt = T0,
        UpdatedAt = T0,
    };

    [Fact]
    public void Propose_Open_BecomesProposedWithEvent()
    {
        var result = Open().Propose("ana", AlertOutcome.FalsePositive, "other DOB", T0.AddHours(1));
        Assert.True(result.Succeeded);
        Assert.Equal(AlertState.Proposed, result.Alert.State);
        Assert.Equal(new AlertProposal("ana", AlertOutcome.FalsePositive, "other DOB", T0.AddHours(1)), result.Alert.Proposal);
        Assert.Equal(T0.AddHours(1), result.Alert.UpdatedAt);
        Assert.Equal(1, result.Alert.Version);
        Assert.Equal(new AlertEvent(T0.AddHours(1), "ana", AlertState.Open, AlertState.Proposed, "proposed FalsePositive: other DOB"), result.Event);
    }

    [Fact]
    public void Propose_AlreadyProposed_RefusedWrongState()
    {
        var proposed = Open().Propose("ana", AlertOutcome.TrueMatch, "r", T0).Alert!;
        var again = proposed.Propose("bob", AlertOutcome.FalsePositive, "r", T0);
        Assert.False(again.Succeeded);
        Assert.Equal(AlertTransitionError.WrongState, again.Error);
        Assert.Null(again.Alert);
    }

    [Theory]
    [InlineData("", "reason")]
    [InlineData("ana", " ")]
    public void Propose_BlankActorOrReason_RefusedMissingInput(string analyst, string reason) =>
        Assert.Equal(AlertTransitionError.MissingInput, Open().Propose(analyst, AlertOutcome.TrueMatch, reason, T0).Error);

    [Theory]
    [InlineData(AlertOutcome.TrueMatch, AlertState.ConfirmedTrueMatch)]
    [InlineData(AlertOutcome.FalsePositive, AlertState.ConfirmedFalsePositive)]
    public void Confirm_ByAnotherSupervisor_ReachesTheProposedOutcome(AlertOutcome outcome, AlertState expected)
    {
        var proposed = Open().Propose("ana", outcome, "r", T0).Alert!;
        var confirmed = proposed.Confirm("sue", "agreed", T0.AddHours(2));
        Assert.True(confirmed.Succeeded);
        Assert.Equal(expected, confirmed.Alert.State);
        Assert.Equal(new AlertReview("sue", true, "agreed", T0.AddHours(2)), confirmed.Alert.Review);
        Assert.Equal(AlertState.Proposed, confirmed.Event.From);
    }

    [Fact]
    public void Confirm_ByTheProposer_RefusedSameActor()
    {
        var proposed = Open().Propose("ana", AlertOutcome.FalsePositive, "r", T0).Alert!;
        var result = proposed.Confirm("ana", "mine", T0);
        Assert.Equal(AlertTransitionError.SameActor, result.Error);
        Assert.Contains("four-eyes", result.Message, StringComparison.Ordinal);
        Assert.Equal(AlertTransitionError.SameActor, proposed.Reject("ana", "mine", T0).Error);
    }

    [Fact]
    public void Confirm_Open_RefusedWrongState() =>
        Assert.Equal(AlertTransitionError.WrongState, Open().Confirm("sue", "r", T0).Error);

    [Fact]
    public void Reject_Proposed_ReturnsToOpenAndCanBeProposedAgain()
    {
        var proposed = Open().Propose("ana", AlertOutcome.FalsePositive, "r", T0).Alert!;
        var rejected = proposed.Reject("sue", "check the passport", T0.AddHours(1));
        Assert.True(rejected.Succeeded);
        Assert.Equal(AlertState.Open, rejected.Alert.State);
        Assert.False(rejected.Alert.Review!.Confirmed);
        Assert.True(rejected.Alert.Propose("ana", AlertOutcome.TrueMatch, "passport matches", T0.AddHours(2)).Succeeded);
    }

    [Fact]
    public void MarkDelisted_UndecidedOnly()
    {
        Assert.Equal(AlertState.EntryDelisted, Open().MarkDelisted("system", "v2", T0).Alert!.State);
        var confirmed = Open().Propose("ana", AlertOutcome.TrueMatch, "r", T0).Alert!.Confirm("sue", "r", T0).Alert!;
        Assert.Equal(AlertTransitionError.WrongState, confirmed.MarkDelisted("system", "v2", T0).Error);
    }

    [Fact]
    public void EntryKey_IsSourceColonReference() => Assert.Equal("un:KPi.033", Open().EntryKey);
}
