using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>An exemption a proposal would add to named measures.</summary>
/// <param name="Id">Id (<c>P-2019-RU-CN/inter-korean-rail-road</c>).</param>
/// <param name="What">What it would exempt.</param>
/// <param name="MeasureIds">The measures it would exempt from.</param>
/// <param name="When">Its conditions in the facts vocabulary; null when the research gives none.</param>
/// <param name="Evaluable">False when the research cannot tell which checks it covers.</param>
/// <param name="Note">Notes.</param>
/// <param name="Confidence">How sure the research is.</param>
public sealed record ProposalExemption(string Id, string What, ImmutableArray<string> MeasureIds, Condition? When, bool Evaluable, string? Note, Confidence Confidence);
