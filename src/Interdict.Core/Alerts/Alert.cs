namespace Interdict.Core.Alerts;

/// <summary>A possible match of a customer with a list entry, waiting for or carrying a four-eyes decision.</summary>
/// <remarks>Immutable. The transitions (<see cref="Propose"/>, <see cref="Confirm"/>, <see cref="Reject"/>,
/// <see cref="MarkDelisted"/>) are pure: they return a new alert and the event for its history, and the
/// store saves both with optimistic concurrency on <see cref="Version"/>.
/// State machine: Open →propose→ Proposed →confirm→ ConfirmedTrueMatch | ConfirmedFalsePositive;
/// Proposed →reject→ Open; Open | Proposed →delisted→ EntryDelisted.</remarks>
public sealed record Alert
{
    /// <summary>The store's id; 0 before the alert is stored.</summary>
    public long Id { get; init; }
    /// <summary>The customer's id.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The customer's <see cref="Customers.Customer.Fingerprint"/> when the alert was raised.</summary>
    public required string CustomerFingerprint { get; init; }
    /// <summary>The list's short id (<c>un</c>, <c>ofac</c>).</summary>
    public required string Source { get; init; }
    /// <summary>The entry's reference on the list (<c>KPi.033</c>).</summary>
    public required string EntryReference { get; init; }
    /// <summary>The entry's primary name, for people reading the alert.</summary>
    public required string EntryName { get; init; }
    /// <summary>The label of the list version the match was found in.</summary>
    public required string ListVersion { get; init; }
    /// <summary>A fingerprint of the entry's screening-relevant fields in that version.</summary>
    public required string EntryFingerprint { get; init; }
    /// <summary>The match score, 0..1.</summary>
    public required double Score { get; init; }
    /// <summary>The match with its explanation, as JSON in the CLI's match shape.</summary>
    public required string Explanation { get; init; }
    /// <summary>Screening of the customer, or a list update.</summary>
    public AlertOrigin Origin { get; init; }
    /// <summary>Where the review stands.</summary>
    public AlertState State { get; init; }
    /// <summary>The analyst's proposal, once made (kept after a rejection until the next proposal).</summary>
    public AlertProposal? Proposal { get; init; }
    /// <summary>The supervisor's last review, once made.</summary>
    public AlertReview? Review { get; init; }
    /// <summary>When the alert was raised.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the alert last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Optimistic-concurrency version: 1 when stored, incremented by every saved change.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The entry's stable key across list versions: <c>source:reference</c>, as <see cref="Lists.ListEntry.Key"/>.</summary>
    public string EntryKey => $"{Source}:{EntryReference}";

    /// <summary>True while a decision is still to be made (open or proposed).</summary>
    public bool IsUndecided => IsUndecidedState(State);

    /// <summary>The states in which a decision is still to be made: the one definition that stores query by.</summary>
    public static IReadOnlyList<AlertState> UndecidedStates { get; } = [AlertState.Open, AlertState.Proposed];

    /// <summary>Whether <paramref name="state"/> is one of <see cref="UndecidedStates"/>.</summary>
    public static bool IsUndecidedState(AlertState state) => UndecidedStates.Contains(state);

    /// <summary>The event recording that the alert was raised.</summary>
    public AlertEvent Raised(string actor) =>
        new(CreatedAt, actor, null, AlertState.Open, $"raised by {Origin} against {ListVersion} at score {Score.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}");

    /// <summary>An analyst proposes a decision; only from <see cref="AlertState.Open"/>.</summary>
    public FourEyesTransition<Alert, AlertEvent> Propose(string analyst, AlertOutcome outcome, string reason, DateTimeOffset at)
    {
        if (FourEyes.RefuseProposal(analyst, reason, State == AlertState.Open, "alert", Id, State) is { } refusal) return Refused(refusal);
        var proposal = new AlertProposal(analyst, outcome, reason, at);
        return Move(this with { Proposal = proposal }, AlertState.Proposed, analyst, at, $"proposed {outcome}: {reason}");
    }

    /// <summary>A supervisor confirms the proposal; only from <see cref="AlertState.Proposed"/>, and never by its analyst.</summary>
    public FourEyesTransition<Alert, AlertEvent> Confirm(string supervisor, string reason, DateTimeOffset at)
    {
        if (RefuseReview(supervisor, reason, "confirmed") is { } refusal) return Refused(refusal);
        var to = Proposal!.Outcome == AlertOutcome.TrueMatch ? AlertState.ConfirmedTrueMatch : AlertState.ConfirmedFalsePositive;
        return Move(this with { Review = new AlertReview(supervisor, true, reason, at) }, to, supervisor, at, $"confirmed {Proposal.Outcome}: {reason}");
    }

    /// <summary>A supervisor rejects the proposal, sending the alert back to <see cref="AlertState.Open"/>;
    /// only from <see cref="AlertState.Proposed"/>, and never by its analyst.</summary>
    public FourEyesTransition<Alert, AlertEvent> Reject(string supervisor, string reason, DateTimeOffset at)
    {
        if (RefuseReview(supervisor, reason, "rejected") is { } refusal) return Refused(refusal);
        return Move(this with { Review = new AlertReview(supervisor, false, reason, at) }, AlertState.Open, supervisor, at, $"rejected {Proposal!.Outcome}: {reason}");
    }

    /// <summary>The entry left the list: an undecided alert becomes <see cref="AlertState.EntryDelisted"/>.</summary>
    public FourEyesTransition<Alert, AlertEvent> MarkDelisted(string actor, string listVersion, DateTimeOffset at)
    {
        if (!IsUndecided)
            return Refused(new(AlertTransitionError.WrongState, $"Only an undecided alert is marked delisted; alert {Id} is {State}."));
        return Move(this, AlertState.EntryDelisted, actor, at, $"entry {EntryKey} removed in {listVersion}");
    }

    FourEyesRefusal? RefuseReview(string supervisor, string reason, string verb) =>
        FourEyes.RefuseReview(supervisor, reason, Proposal?.Analyst, State == AlertState.Proposed, "alert", Id, State, verb);

    static FourEyesTransition<Alert, AlertEvent> Refused(FourEyesRefusal refusal) => FourEyesTransition<Alert, AlertEvent>.Refused(refusal);

    FourEyesTransition<Alert, AlertEvent> Move(Alert changed, AlertState to, string actor, DateTimeOffset at, string note) =>
        FourEyesTransition<Alert, AlertEvent>.Done(changed with { State = to, UpdatedAt = at }, new AlertEvent(at, actor, State, to, note));
}
