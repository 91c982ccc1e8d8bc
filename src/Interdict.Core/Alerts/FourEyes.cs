namespace Interdict.Core.Alerts;

/// <summary>Why a step of a four-eyes review was refused, in a sentence for the caller.</summary>
/// <param name="Error">The kind of refusal.</param>
/// <param name="Message">The sentence.</param>
public sealed record FourEyesRefusal(AlertTransitionError Error, string Message);

/// <summary>The four-eyes rule, in one place for every kind of alert: an analyst proposes a decision on an open
/// alert, giving a reason; a supervisor who is not that analyst confirms or rejects the proposal, giving a reason.
/// The alerts (<see cref="Alert"/>, <see cref="PaymentAlert"/>) keep their own states and outcomes and ask here whether
/// a step may be taken.</summary>
static class FourEyes
{
    /// <summary>Null when <paramref name="analyst"/> may propose a decision on the alert; else why not.</summary>
    /// <param name="analyst">Who proposes.</param>
    /// <param name="reason">Why, in the analyst's words.</param>
    /// <param name="isOpen">Whether the alert is open (waiting for an analyst).</param>
    /// <param name="kind">The kind of alert as named in messages (<c>alert</c>, <c>payment alert</c>).</param>
    /// <param name="id">Its id, for the message.</param>
    /// <param name="state">Its state, for the message.</param>
    public static FourEyesRefusal? RefuseProposal(string analyst, string reason, bool isOpen, string kind, long id, object state)
    {
        if (string.IsNullOrWhiteSpace(analyst) || string.IsNullOrWhiteSpace(reason))
            return new(AlertTransitionError.MissingInput, "A proposal needs an analyst and a reason.");
        if (!isOpen)
            return new(AlertTransitionError.WrongState, $"Only an open {kind} can be proposed; {kind} {id} is {state}.");
        return null;
    }

    /// <summary>Null when <paramref name="supervisor"/> may review the proposal; else why not.</summary>
    /// <param name="supervisor">Who reviews.</param>
    /// <param name="reason">Why, in the supervisor's words.</param>
    /// <param name="proposedBy">The analyst of the proposal under review; null when the alert holds none.</param>
    /// <param name="isProposed">Whether the alert waits for a review.</param>
    /// <param name="kind">The kind of alert as named in messages (<c>alert</c>, <c>payment alert</c>).</param>
    /// <param name="id">Its id, for the message.</param>
    /// <param name="state">Its state, for the message.</param>
    /// <param name="verb">What the review would do (<c>confirmed</c>, <c>rejected</c>), for the message.</param>
    public static FourEyesRefusal? RefuseReview(string supervisor, string reason, string? proposedBy, bool isProposed, string kind, long id, object state,
        string verb)
    {
        if (string.IsNullOrWhiteSpace(supervisor) || string.IsNullOrWhiteSpace(reason))
            return new(AlertTransitionError.MissingInput, "A review needs a supervisor and a reason.");
        if (!isProposed || proposedBy is null)
            return new(AlertTransitionError.WrongState, $"Only a proposed {kind} can be {verb}; {kind} {id} is {state}.");
        // The second pair of eyes must be another person's: the rule this whole review exists for.
        if (string.Equals(proposedBy, supervisor, StringComparison.Ordinal))
            return new(AlertTransitionError.SameActor, $"{supervisor} proposed this decision and cannot also review it (four-eyes rule).");
        return null;
    }
}
