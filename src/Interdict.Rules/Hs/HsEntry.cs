namespace Interdict.Rules.Hs;

/// <summary>One line of the HS nomenclature.</summary>
/// <param name="Code">The code.</param>
/// <param name="Description">The nomenclature's description.</param>
/// <param name="Section">The section (Roman numeral).</param>
public sealed record HsEntry(HsCode Code, string Description, string Section);
