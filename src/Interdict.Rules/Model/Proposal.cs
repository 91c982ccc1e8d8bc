using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>A draft resolution that was never adopted: evaluated only in what-if mode, on top of the law in force.</summary>
/// <param name="Id">Id (<c>P-2019-RU-CN</c>).</param>
/// <param name="Title">Title.</param>
/// <param name="Status">Always <c>not_adopted</c> here.</param>
/// <param name="Circulated">When the draft was circulated.</param>
/// <param name="Includes">Earlier proposals whose content it carries.</param>
/// <param name="WouldLift">Measures it would lift.</param>
/// <param name="WouldExempt">Exemptions it would add.</param>
/// <param name="NotLiftedPerReports">Measures the reports say it leaves unchanged.</param>
/// <param name="Notes">Notes.</param>
/// <param name="Confidence">How sure the research is.</param>
public sealed record Proposal(
    string Id,
    string Title,
    string Status,
    DateOnly Circulated,
    ImmutableArray<string> Includes,
    ImmutableArray<ProposalLift> WouldLift,
    ImmutableArray<ProposalExemption> WouldExempt,
    ImmutableArray<string> NotLiftedPerReports,
    ImmutableArray<string> Notes,
    Confidence Confidence);
