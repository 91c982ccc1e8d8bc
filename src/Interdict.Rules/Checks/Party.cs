using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Rules.Checks;

/// <summary>A counterparty or other actor of a check (CHECK-FORMAT §1.3).</summary>
/// <param name="Name">The name as given; screened against the UN list.</param>
/// <param name="Role">Seller, buyer, bank, traveller…</param>
/// <param name="Country">Nationality or seat.</param>
/// <param name="Type">Company, bank, diplomatic_mission…</param>
/// <param name="Designated">True: stated designated. False: known not designated. Null: screen the name.</param>
public sealed record Party(string Name, string Role, string? Country, string? Type, bool? Designated)
{
    /// <summary>Identifiers the party is known by (a bank's SWIFT BIC), screened with the name against the lists'
    /// identifiers; a party known only by an identifier has an empty <see cref="Name"/>.</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];
}
