using Interdict.Hosting.Regime;
using Interdict.Rules.Reports;

// The answers of the regime endpoints; RegimeEndpoints returns these records as they are. Their rows are the rules'
// report records, the same the CLI's `interdict regime` prints.
namespace Interdict.Server.Contracts;

/// <summary>When each measure started, changed and ended (<c>GET /v1/regime/timeline</c>).</summary>
/// <param name="Regime">The regime (<c>un-dprk</c>).</param>
/// <param name="Title">The rulebook's title.</param>
/// <param name="RulebookVersion">The rulebook's version (a hash of its text).</param>
/// <param name="Events">Every start, tightening, cap and end, in date order.</param>
sealed record RegimeTimelineResult(string Regime, string Title, string RulebookVersion, TimelineEvent[] Events);

/// <summary>One measure (<c>GET /v1/regime/measures/{id}</c>).</summary>
/// <param name="Id">The rulebook's measure id (<c>M-2371-8</c>).</param>
/// <param name="Resolution">The resolution's UN symbol.</param>
/// <param name="Adopted">When the resolution was adopted.</param>
/// <param name="Citations">The operative paragraphs it rests on.</param>
/// <param name="Kind">What it does (asset freeze, import ban, cap, …).</param>
/// <param name="Direction">Which way goods or services move.</param>
/// <param name="Summary">What it says, in a sentence.</param>
/// <param name="Confidence">How sure the digest is of it (doubt is marked in the data, never resolved by guessing).</param>
/// <param name="Rows">Its rules, goods, exemptions, caps and notes, as the console's measure sheet shows them.</param>
sealed record RegimeMeasureResult(
    string Id, string Resolution, DateOnly Adopted, string[] Citations, string Kind, string Direction, string Summary, string Confidence,
    MeasureSheetRow[] Rows);

/// <summary>What a proposal would lift or exempt against the law in force (<c>GET /v1/regime/scenarios/{proposal}</c>).</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="AsOf">The day whose law in force it is compared with.</param>
/// <param name="Note">A reminder that a proposal has no legal effect.</param>
/// <param name="Entries">Each measure it would touch, and how.</param>
/// <param name="NotLiftedPerReports">Measures the reports say it leaves unchanged.</param>
/// <param name="Notes">The digest's notes on the proposal.</param>
sealed record RegimeScenarioResult(ProposalBrief Proposal, DateOnly AsOf, string Note, ProposalDiffEntry[] Entries, string[] NotLiftedPerReports, string[] Notes);

/// <summary>A proposal by its id, title, status and circulation date.</summary>
/// <param name="Id">The rulebook's proposal id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">not_adopted.</param>
/// <param name="Circulated">When the draft was circulated.</param>
sealed record ProposalBrief(string Id, string Title, string Status, DateOnly Circulated);
