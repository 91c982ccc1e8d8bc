namespace Interdict.Rules.Reports;

/// <summary>One dated change of the regime: a measure starts, ends, or a window of one closes.</summary>
/// <param name="Date">The day of the change.</param>
/// <param name="MeasureId">The measure.</param>
/// <param name="Citation">Its paragraphs.</param>
/// <param name="Change"><c>starts</c>, <c>ends</c>, <c>window ends</c>, <c>exemption starts</c>…</param>
/// <param name="Detail">What changes, in words.</param>
public sealed record TimelineEvent(DateOnly Date, string MeasureId, string Citation, string Change, string Detail);
