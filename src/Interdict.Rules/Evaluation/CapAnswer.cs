using System.Collections.Immutable;

namespace Interdict.Rules.Evaluation;

/// <summary>The cap of an answer (CHECK-FORMAT §2): ceiling for the period of the check's date, headroom, conditions.</summary>
/// <param name="Id">Cap id.</param>
/// <param name="Quantity">Quantity ceiling.</param>
/// <param name="Unit">Unit of the quantity.</param>
/// <param name="ValueUsd">Value ceiling.</param>
/// <param name="AltQuantity">The same ceiling in another unit.</param>
/// <param name="AltUnit">Its unit.</param>
/// <param name="Rule"><c>whichever_first</c> and the like.</param>
/// <param name="PeriodFrom">First day of the period.</param>
/// <param name="PeriodTo">Last day of the period (inclusive).</param>
/// <param name="BaselineFrom">First day of the per-State baseline period, for a per-State cap.</param>
/// <param name="BaselineTo">Last day of the baseline period.</param>
/// <param name="RemainingQuantity">Headroom in quantity before this check, when totals were given.</param>
/// <param name="RemainingValueUsd">Headroom in value before this check, when totals were given.</param>
/// <param name="Conditions">The cap's conditions, in words.</param>
public sealed record CapAnswer(
    string Id, double? Quantity, string? Unit, double? ValueUsd, double? AltQuantity, string? AltUnit, string? Rule,
    DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly? BaselineFrom, DateOnly? BaselineTo,
    double? RemainingQuantity, double? RemainingValueUsd, ImmutableArray<string> Conditions);
