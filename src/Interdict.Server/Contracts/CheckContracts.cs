// The answers of the check endpoints: CHECK-FORMAT §2, written by the rules' AnswerJson (shared with the CLI).
namespace Interdict.Server.Contracts;

/// <summary>The decision on one check, with its legal basis.</summary>
/// <param name="Id">The check's id.</param>
/// <param name="Decision">prohibited, permitted, permitted_with_exemption, requires_committee_approval, cap_applies.</param>
/// <param name="Basis">The measures applied: resolution and operative paragraph.</param>
/// <param name="PartyHits">Parties of the check found on a sanctions list.</param>
/// <param name="Flags">Non-decisive obligations and risks (<c>inspection_required</c>, <c>catch_all_review</c>, …).</param>
/// <param name="Explanation">The reasoning, for people.</param>
/// <param name="Exemption">The exemption that covers the activity (rulebook id or text).</param>
/// <param name="Cap">The aggregate ceiling the activity must stay inside, for cap_applies.</param>
sealed record CheckAnswer(
    string Id, string Decision, CheckCitation[] Basis, CheckPartyHit[] PartyHits, string[] Flags, string Explanation,
    string? Exemption = null, CheckCap? Cap = null);

/// <summary>A resolution's operative paragraph.</summary>
/// <param name="Resolution">The resolution's number (<c>"2397"</c>).</param>
/// <param name="Paragraph">The paragraph, sub-letters allowed (<c>"8(a)(iii)"</c>); null when the resolution as a whole.</param>
sealed record CheckCitation(string Resolution, string? Paragraph);

/// <summary>A party of the check found on a list.</summary>
/// <param name="Name">The party's name as given.</param>
/// <param name="Role">The party's role in the check (seller, buyer, vessel owner, …).</param>
/// <param name="Reference">The listed entry's reference (<c>KPe.001</c>).</param>
/// <param name="ListedOn">When the entry was listed.</param>
/// <param name="Decisive">A designated party makes the activity prohibited.</param>
/// <param name="MatchedName">The entry's name that matched.</param>
/// <param name="Score">The match's score.</param>
/// <param name="ListVersion">The list version screened against.</param>
sealed record CheckPartyHit(
    string Name, string? Role, string? Reference, DateOnly? ListedOn, bool Decisive, string? MatchedName = null, double? Score = null,
    string? ListVersion = null);

/// <summary>A cap: the ceiling, what remains of it, and its conditions.</summary>
/// <param name="Id">The rulebook's cap id (<c>CAP-RP-ANNUAL-2397</c>).</param>
/// <param name="Ceiling">How much, in which period.</param>
/// <param name="Remaining">Headroom before this check, when totals were given; null when unknown.</param>
/// <param name="Conditions">The cap's conditions, in words.</param>
sealed record CheckCap(string Id, CapCeiling Ceiling, CapRemaining? Remaining, string[] Conditions);

/// <summary>A cap's ceiling.</summary>
/// <param name="Quantity">The quantity, when the cap is one.</param>
/// <param name="Unit">Its unit (<c>bbl</c>, <c>t</c>).</param>
/// <param name="ValueUsd">The value in US dollars, when the cap is one.</param>
/// <param name="Period">The period it runs over.</param>
/// <param name="AltQuantity">A second quantity (the coal caps: tonnes or dollars, whichever comes first).</param>
/// <param name="AltUnit">Its unit.</param>
/// <param name="Rule">How two ceilings combine (<c>whichever_first</c>).</param>
/// <param name="PerStateBaseline">For caps per State: the baseline period of that State's own trade.</param>
sealed record CapCeiling(
    double? Quantity, string? Unit, double? ValueUsd, CapPeriod Period, double? AltQuantity = null, string? AltUnit = null, string? Rule = null,
    CapPeriod? PerStateBaseline = null);

/// <summary>A period of days, both ends included.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
sealed record CapPeriod(DateOnly From, DateOnly To);

/// <summary>What is left under a cap.</summary>
/// <param name="Quantity">In the cap's unit.</param>
/// <param name="ValueUsd">In US dollars.</param>
sealed record CapRemaining(double? Quantity, double? ValueUsd);

/// <summary>The answers of <c>POST /v1/check/batch</c>.</summary>
/// <param name="Answers">One per check, in order.</param>
sealed record CheckBatchResult(CheckAnswer[] Answers);
