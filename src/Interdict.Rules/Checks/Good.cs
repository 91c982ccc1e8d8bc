using Interdict.Rules.Hs;

namespace Interdict.Rules.Checks;

/// <summary>Goods or rights concerned by a check (CHECK-FORMAT §1.2).</summary>
public sealed record Good
{
    /// <summary>The HS code, or null for rights and items without one.</summary>
    public HsCode? Hs { get; init; }
    /// <summary>The goods as declared.</summary>
    public string Description { get; init; } = "";
    /// <summary>The category, where the HS code cannot tell the measure apart (<c>aviation_fuel</c>, <c>salw</c>…).</summary>
    public string? Category { get; init; }
    /// <summary><c>new</c> or <c>used</c>, when stated.</summary>
    public string? Condition { get; init; }
    /// <summary>Amount in <see cref="Unit"/>.</summary>
    public double? Quantity { get; init; }
    /// <summary>Unit of <see cref="Quantity"/> (<c>t</c>, <c>bbl</c>…).</summary>
    public string? Unit { get; init; }
    /// <summary>Total value in USD.</summary>
    public double? ValueUsd { get; init; }
    /// <summary>Origin as established.</summary>
    public string? Origin { get; init; }

    /// <summary>Value per item, when value and quantity are known (luxury thresholds are per item).</summary>
    public double? UnitValueUsd => ValueUsd is { } value ? Quantity is { } q && q > 0 ? value / q : value : null;
}
