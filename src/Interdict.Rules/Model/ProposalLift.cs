namespace Interdict.Rules.Model;

/// <summary>A measure a proposal would lift.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="What">What would be lifted, in words.</param>
/// <param name="Confidence">How sure the research is.</param>
public sealed record ProposalLift(string MeasureId, string What, Confidence Confidence);
