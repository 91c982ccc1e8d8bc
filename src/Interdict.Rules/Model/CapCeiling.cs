namespace Interdict.Rules.Model;

/// <summary>The ceiling of a cap.</summary>
/// <param name="Quantity">Quantity ceiling, in <paramref name="Unit"/>.</param>
/// <param name="Unit"><c>t</c> or <c>bbl</c>.</param>
/// <param name="ValueUsd">Value ceiling, USD.</param>
/// <param name="AltQuantity">The same ceiling in another unit.</param>
/// <param name="AltUnit">Unit of <paramref name="AltQuantity"/>.</param>
/// <param name="Rule"><c>whichever_first</c> when both value and quantity bind.</param>
/// <param name="PerStateBaselineMonths">For a per-State freeze: the months before adoption that set each State's own ceiling.</param>
public sealed record CapCeiling(double? Quantity, string? Unit, double? ValueUsd, double? AltQuantity, string? AltUnit, string? Rule, int? PerStateBaselineMonths);
