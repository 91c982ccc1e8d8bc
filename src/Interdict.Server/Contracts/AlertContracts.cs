// The response shapes of the alert endpoints (written by AlertJson).
namespace Interdict.Server.Contracts;

/// <summary>An alert: a customer's match with a listed entry, under four-eyes review.</summary>
/// <param name="Id">The alert's id.</param>
/// <param name="State">open, proposed, confirmed_true_match, confirmed_false_positive, entry_delisted.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="List">The entry's list.</param>
/// <param name="Ref">The entry's reference number.</param>
/// <param name="EntryName">The entry's primary name.</param>
/// <param name="ListVersion">The list version the match was found in.</param>
/// <param name="Score">The match's score.</param>
/// <param name="Origin">screening, list_update, full_rescreen.</param>
/// <param name="CreatedAt">When it was raised.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Version">Increases with every change (optimistic concurrency).</param>
/// <param name="Proposal">The analyst's proposal, once made.</param>
/// <param name="Review">The supervisor's review, once made.</param>
/// <param name="Match">The match as screening found it.</param>
/// <param name="History">Every state change (on <c>GET /v1/alerts/{id}</c>).</param>
sealed record Alert(
    long Id, string State, string CustomerId, string List, string Ref, string EntryName, string ListVersion, double Score,
    string Origin, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version, Match Match,
    AlertProposal? Proposal = null, AlertReview? Review = null, AlertEvent[]? History = null);

/// <summary>The first pair of eyes: an analyst's proposed decision.</summary>
/// <param name="Analyst">Who proposed.</param>
/// <param name="Outcome">true_match or false_positive.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
sealed record AlertProposal(string Analyst, string Outcome, string Reason, DateTimeOffset At);

/// <summary>The second pair of eyes: a supervisor's confirmation or rejection.</summary>
/// <param name="Supervisor">Who reviewed (never the proposer).</param>
/// <param name="Confirmed">Confirmed, or rejected (the alert is open again).</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
sealed record AlertReview(string Supervisor, bool Confirmed, string Reason, DateTimeOffset At);

/// <summary>One state change of an alert.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="From">The state before; none when raised.</param>
/// <param name="To">The state after.</param>
/// <param name="Note">The reason given, or what happened.</param>
sealed record AlertEvent(DateTimeOffset At, string Actor, string To, string Note, string? From = null);

/// <summary>A page of alerts, newest first.</summary>
/// <param name="Total">Alerts matching the filters.</param>
/// <param name="Offset">The first alert's position.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Alerts">The page.</param>
sealed record AlertPage(long Total, int Offset, int Limit, Alert[] Alerts);
