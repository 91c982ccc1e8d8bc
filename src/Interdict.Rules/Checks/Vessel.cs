namespace Interdict.Rules.Checks;

/// <summary>The vessel of a check (CHECK-FORMAT §1.4).</summary>
/// <param name="Name">Name, when given.</param>
/// <param name="Imo">IMO number (7 digits).</param>
/// <param name="Flag">Flag State.</param>
/// <param name="Type">Free text (tanker, bulk carrier…).</param>
/// <param name="Designated">Designated by the 1718 Committee.</param>
/// <param name="DprkControlled">Owned, controlled or operated by the DPRK or DPRK nationals.</param>
public sealed record Vessel(string? Name, string? Imo, string? Flag, string? Type, bool? Designated, bool? DprkControlled);
