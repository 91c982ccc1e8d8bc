namespace Interdict.Hosting.Regime;

/// <summary>One row of a <see cref="MeasureSheet"/>.</summary>
/// <param name="Label">What the row tells (<c>basis</c>, <c>rule</c>, <c>cap C-2397-…</c>).</param>
/// <param name="Value">The text.</param>
public sealed record MeasureSheetRow(string Label, string Value);
