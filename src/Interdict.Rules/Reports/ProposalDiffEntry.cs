namespace Interdict.Rules.Reports;

/// <summary>What a proposal would change for one measure.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Citation">Its in-force paragraphs.</param>
/// <param name="Change"><c>lift</c> or <c>exempt</c>.</param>
/// <param name="What">What would be lifted or exempted.</param>
/// <param name="InForce">Whether the measure is in force on the date asked about.</param>
/// <param name="Confidence">How sure the research is.</param>
public sealed record ProposalDiffEntry(string MeasureId, string Citation, string Change, string What, bool InForce, string Confidence);
