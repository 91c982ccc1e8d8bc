using Interdict.Rules.Hs;

namespace Interdict.Rules.Model;

/// <summary>One HS code of a measure's goods (ranges are expanded into one rule per code when loaded).</summary>
/// <param name="Code">The code; it covers every code below it.</param>
/// <param name="Basis">Text, interpretation or doubtful.</param>
/// <param name="MinUnitValueUsd">Only goods above this value per item are covered (luxury thresholds).</param>
/// <param name="Note">The digest's note on the mapping.</param>
public sealed record HsRule(HsCode Code, HsBasis Basis, double? MinUnitValueUsd, string? Note);
