namespace Interdict.Rules.Checks;

/// <summary>Totals already counted against a cap before the check (<c>context.cap_used</c> or <c>cap_baseline</c>).</summary>
/// <param name="ValueUsd">Value counted, USD.</param>
/// <param name="Quantity">Quantity counted, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit of the quantity.</param>
/// <param name="AsOf">The day the totals were counted (<c>as_of</c>), when given.</param>
public sealed record CapUsage(double? ValueUsd, double? Quantity, string? Unit, DateOnly? AsOf = null);
