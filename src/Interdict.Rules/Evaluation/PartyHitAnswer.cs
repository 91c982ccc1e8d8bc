namespace Interdict.Rules.Evaluation;

/// <summary>A screening hit in an answer (CHECK-FORMAT §2 <c>party_hits</c>).</summary>
/// <param name="Name">The party's name as given in the check.</param>
/// <param name="Role">Its role.</param>
/// <param name="Reference">UN reference (<c>KPe.057</c>), or null for a party stated designated without a listed name.</param>
/// <param name="ListedOn">Listing date.</param>
/// <param name="MatchedName">The listed name that matched.</param>
/// <param name="Score">Match score, 0..1.</param>
/// <param name="ListVersion">The list version screened.</param>
/// <param name="Decisive">Whether the hit made the party designated: false when the check states the party is not
/// designated, or when the score is below <see cref="RuleEvaluator.DesignationScore"/>.</param>
public sealed record PartyHitAnswer(string Name, string? Role, string? Reference, DateOnly? ListedOn, string? MatchedName, double? Score, string? ListVersion, bool Decisive);
