using Interdict.Core.Screening;

namespace Interdict.Rules.Evaluation;

/// <summary>A party (or the vessel) of a check with its screening result.</summary>
/// <param name="Name">Name as given.</param>
/// <param name="Role">Role (<c>vessel</c> for the vessel).</param>
/// <param name="Type">Party type.</param>
/// <param name="Country">Country.</param>
/// <param name="Designated">Designated under the regime on the check's date (stated, or found by screening).</param>
/// <param name="Hits">Screening hits on the regime's list in force on the date.</param>
/// <param name="HitsDecisive">False when the check states the party is not designated, so the hits are reported only.</param>
/// <param name="TypeDiffersFromList">The hits are on the same name listed as another kind (a person declared a company).</param>
sealed record PartyFinding(string Name, string? Role, string? Type, string? Country, bool Designated, IReadOnlyList<PartyHit> Hits, bool HitsDecisive,
    bool TypeDiffersFromList = false);
