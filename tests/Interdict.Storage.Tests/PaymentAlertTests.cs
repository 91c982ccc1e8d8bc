using Interdict.Core.Alerts;

namespace Interdict.Storage.Tests;

/// <summary>The payment alert's four-eyes state machine in Core, without storage.</summary>
public sealed class PaymentAlertTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    static PaymentAlert Open() => new()
    {
        Id = 3,
        MessageId = "MSG-1",
        MessageType = "MT103",
        Source = "body",
        ContentHash = "h",
        Outcome = "hold",
        AsOf = new DateOnly(2026, 11, 20),
        Message = "{}",
        Hits = "[]",
        Basis = "[]",
        Explanation = "Held",
        CreatedAt = T0,
        UpdatedAt = T0,
    };

    [Theory]
    [InlineData(PaymentDecision.Release, PaymentAlertState.Released)]
    [InlineData(PaymentDecision.Reject, PaymentAlertState.Rejected)]
    public void ProposeThenConfirm_ByAnotherPerson_ReachesTheProposedDecision(PaymentDecision decision, PaymentAlertState expected)
    {
        var proposed = Open().Propose("ana", decision, "why", T0.AddHours(1));
        Assert.True(proposed.Succeeded);
        Assert.Equal(PaymentAlertState.Proposed, proposed.Alert.State);
        Assert.Equal(new PaymentAlertEvent(T0.AddHours(1), "ana", PaymentAlertState.Open, PaymentAlertState.Proposed, $"proposed {decision}: why"), proposed.Event);
        var confirmed = proposed.Alert.Confirm("sue", "agreed", T0.AddHours(2));
        Assert.True(confirmed.Succeeded);
        Assert.Equal(expected, confirmed.Alert.State);
        Assert.False(confirmed.Alert.IsUndecided);
        Assert.Equal(new AlertReview("sue", true, "agreed", T0.AddHours(2)), confirmed.Alert.Review);
    }

    [Fact]
    public void ConfirmOrDecline_ByTheProposer_RefusedSameActor()
    {
        var proposed = Open().Propose("ana", PaymentDecision.Release, "r", T0).Alert!;
        var confirm = proposed.Confirm("ana", "mine", T0);
        Assert.Equal(AlertTransitionError.SameActor, confirm.Error);
        Assert.Contains("four-eyes", confirm.Message, StringComparison.Ordinal);
        Assert.Equal(AlertTransitionError.SameActor, proposed.Decline("ana", "mine", T0).Error);
    }

    [Fact]
    public void Decline_SendsBackToOpen_AndAllowsANewProposal()
    {
        var declined = Open().Propose("ana", PaymentDecision.Release, "r", T0).Alert!.Decline("sue", "look again", T0.AddHours(1));
        Assert.True(declined.Succeeded);
        Assert.Equal(PaymentAlertState.Open, declined.Alert.State);
        Assert.Equal(new AlertReview("sue", false, "look again", T0.AddHours(1)), declined.Alert.Review);
        Assert.True(declined.Alert.Propose("bob", PaymentDecision.Reject, "r2", T0.AddHours(2)).Succeeded);
    }

    [Fact]
    public void Transitions_FromTheWrongState_Refused()
    {
        Assert.Equal(AlertTransitionError.WrongState, Open().Confirm("sue", "r", T0).Error);
        Assert.Equal(AlertTransitionError.WrongState, Open().Decline("sue", "r", T0).Error);
        var released = Open().Propose("ana", PaymentDecision.Release, "r", T0).Alert!.Confirm("sue", "ok", T0).Alert!;
        Assert.Equal(AlertTransitionError.WrongState, released.Propose("bob", PaymentDecision.Reject, "r", T0).Error);
    }

    [Theory]
    [InlineData("", "reason")]
    [InlineData("ana", " ")]
    public void Propose_BlankActorOrReason_RefusedMissingInput(string analyst, string reason) =>
        Assert.Equal(AlertTransitionError.MissingInput, Open().Propose(analyst, PaymentDecision.Reject, reason, T0).Error);
}
