using System.Collections.Immutable;

namespace Interdict.Core.Alerts;

/// <summary>A payment that screening held or sent to review, waiting for or carrying a four-eyes decision: release or
/// reject.</summary>
/// <remarks>Immutable, and the payment counterpart of <see cref="Alert"/>: the transitions (<see cref="Propose"/>,
/// <see cref="Confirm"/>, <see cref="Decline"/>) are pure, returning a new alert and the event for its history, and the
/// store saves both with optimistic concurrency on <see cref="Version"/>.
/// State machine: Open →propose→ Proposed →confirm→ Released | Rejected; Proposed →decline→ Open.
/// One alert stands for one message: the same message (id and content) screened again finds its alert, not a new one
/// (<see cref="Key"/>).</remarks>
public sealed record PaymentAlert
{
    /// <summary>The store's id; 0 before the alert is stored.</summary>
    public long Id { get; init; }
    /// <summary>The message's own id (ISO <c>BizMsgIdr</c>/<c>MsgId</c>, MT <c>:20:</c>); empty when it has none.</summary>
    public required string MessageId { get; init; }
    /// <summary>The message type with its variant (<c>pacs.008.001.08</c>, <c>MT202 COV</c>).</summary>
    public required string MessageType { get; init; }
    /// <summary>Where the message came from: the file name or <c>body</c>, with its position when the input held several.</summary>
    public required string Source { get; init; }
    /// <summary>The SHA-256 (lower-case hex) of what the message says (<see cref="Message"/>): with <see cref="MessageId"/>,
    /// what makes the same message the same when it is screened again.</summary>
    public required string ContentHash { get; init; }
    /// <summary>What screening decided: <c>review</c> or <c>hold</c>.</summary>
    public required string Outcome { get; init; }
    /// <summary>The date the payment was decided as of (its value date, else the day it was screened).</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>The message's fields (parties, agents, amounts, texts, codes) with their paths, as JSON.</summary>
    public required string Message { get; init; }
    /// <summary>Every field that hit, as the JSON array of the screening answer (<c>field</c>, <c>value</c>, <c>list</c>,
    /// <c>ref</c>, <c>score</c>…).</summary>
    public required string Hits { get; init; }
    /// <summary>The paragraphs the outcome rests on, as the JSON array of the screening answer (<c>resolution</c>, <c>paragraph</c>).</summary>
    public required string Basis { get; init; }
    /// <summary>Why, in the rule evaluator's words.</summary>
    public required string Explanation { get; init; }
    /// <summary>The list versions screened against (<c>un 2026-11-20</c>), for a reproducible decision.</summary>
    public ImmutableArray<string> ListVersions { get; init; } = [];
    /// <summary>The rulebook version decided under.</summary>
    public string? RulebookVersion { get; init; }
    /// <summary>Where the review stands.</summary>
    public PaymentAlertState State { get; init; }
    /// <summary>The analyst's proposal, once made (kept after a decline until the next proposal).</summary>
    public PaymentAlertProposal? Proposal { get; init; }
    /// <summary>The supervisor's last review, once made.</summary>
    public AlertReview? Review { get; init; }
    /// <summary>When the alert was raised.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the alert last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Optimistic-concurrency version: 1 when stored, incremented by every saved change.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The message's identity across screenings: <c>id|content hash</c>.</summary>
    public string Key => $"{MessageId}|{ContentHash}";

    /// <summary>True while a decision is still to be made (open or proposed).</summary>
    public bool IsUndecided => State is PaymentAlertState.Open or PaymentAlertState.Proposed;

    /// <summary>The event recording that the alert was raised.</summary>
    public PaymentAlertEvent Raised(string actor) =>
        new(CreatedAt, actor, null, PaymentAlertState.Open, $"raised by screening: {Outcome} of {MessageType} {MessageId}".TrimEnd());

    /// <summary>An analyst proposes to release or reject the payment; only from <see cref="PaymentAlertState.Open"/>.</summary>
    public FourEyesTransition<PaymentAlert, PaymentAlertEvent> Propose(string analyst, PaymentDecision decision, string reason, DateTimeOffset at)
    {
        if (FourEyes.RefuseProposal(analyst, reason, State == PaymentAlertState.Open, "payment alert", Id, State) is { } refusal) return Refused(refusal);
        var proposal = new PaymentAlertProposal(analyst, decision, reason, at);
        return Move(this with { Proposal = proposal }, PaymentAlertState.Proposed, analyst, at, $"proposed {decision}: {reason}");
    }

    /// <summary>A supervisor confirms the proposal, releasing or rejecting the payment; only from
    /// <see cref="PaymentAlertState.Proposed"/>, and never by its analyst.</summary>
    public FourEyesTransition<PaymentAlert, PaymentAlertEvent> Confirm(string supervisor, string reason, DateTimeOffset at)
    {
        if (RefuseReview(supervisor, reason, "confirmed") is { } refusal) return Refused(refusal);
        var to = Proposal!.Decision == PaymentDecision.Release ? PaymentAlertState.Released : PaymentAlertState.Rejected;
        return Move(this with { Review = new AlertReview(supervisor, true, reason, at) }, to, supervisor, at, $"confirmed {Proposal.Decision}: {reason}");
    }

    /// <summary>A supervisor declines the proposal, sending the alert back to <see cref="PaymentAlertState.Open"/>; only
    /// from <see cref="PaymentAlertState.Proposed"/>, and never by its analyst.</summary>
    public FourEyesTransition<PaymentAlert, PaymentAlertEvent> Decline(string supervisor, string reason, DateTimeOffset at)
    {
        if (RefuseReview(supervisor, reason, "declined") is { } refusal) return Refused(refusal);
        return Move(this with { Review = new AlertReview(supervisor, false, reason, at) }, PaymentAlertState.Open, supervisor, at,
            $"declined {Proposal!.Decision}: {reason}");
    }

    FourEyesRefusal? RefuseReview(string supervisor, string reason, string verb) =>
        FourEyes.RefuseReview(supervisor, reason, Proposal?.Analyst, State == PaymentAlertState.Proposed, "payment alert", Id, State, verb);

    static FourEyesTransition<PaymentAlert, PaymentAlertEvent> Refused(FourEyesRefusal refusal) =>
        FourEyesTransition<PaymentAlert, PaymentAlertEvent>.Refused(refusal);

    FourEyesTransition<PaymentAlert, PaymentAlertEvent> Move(PaymentAlert changed, PaymentAlertState to, string actor, DateTimeOffset at, string note) =>
        FourEyesTransition<PaymentAlert, PaymentAlertEvent>.Done(changed with { State = to, UpdatedAt = at }, new PaymentAlertEvent(at, actor, State, to, note));
}
