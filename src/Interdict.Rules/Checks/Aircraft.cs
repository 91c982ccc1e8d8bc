namespace Interdict.Rules.Checks;

/// <summary>The aircraft of a check (CHECK-FORMAT §1.4).</summary>
/// <param name="Model">Model (Tu-204…).</param>
/// <param name="Operator">Operator.</param>
/// <param name="Use"><c>civil_passenger</c>, <c>civil_cargo</c>, <c>military</c>, <c>other</c>.</param>
/// <param name="InService">Currently in use.</param>
public sealed record Aircraft(string? Model, string? Operator, string? Use, bool? InService);
