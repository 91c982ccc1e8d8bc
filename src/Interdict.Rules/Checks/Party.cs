namespace Interdict.Rules.Checks;

/// <summary>A counterparty or other actor of a check (CHECK-FORMAT §1.3).</summary>
/// <param name="Name">The name as given; screened against the UN list.</param>
/// <param name="Role">Seller, buyer, bank, traveller…</param>
/// <param name="Country">Nationality or seat.</param>
/// <param name="Type">Company, bank, diplomatic_mission…</param>
/// <param name="Designated">True: stated designated. False: known not designated. Null: screen the name.</param>
public sealed record Party(string Name, string Role, string? Country, string? Type, bool? Designated);
