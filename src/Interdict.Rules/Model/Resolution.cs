namespace Interdict.Rules.Model;

/// <summary>A Security Council resolution of the regime.</summary>
/// <param name="Id">Rulebook id (<c>R2321</c>).</param>
/// <param name="Number">The number (<c>2321</c>).</param>
/// <param name="Symbol">The UN symbol (<c>S/RES/2321 (2016)</c>).</param>
/// <param name="Adopted">Adoption date; its measures take effect that day unless stated otherwise.</param>
/// <param name="Trigger">What prompted it.</param>
/// <param name="Confidence">How sure the research is.</param>
public sealed record Resolution(string Id, string Number, string Symbol, DateOnly Adopted, string Trigger, Confidence Confidence);
