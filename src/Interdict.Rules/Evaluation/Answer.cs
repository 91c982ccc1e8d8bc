using System.Collections.Immutable;
using Interdict.Rules.Model;

namespace Interdict.Rules.Evaluation;

/// <summary>The engine's answer to a check (CHECK-FORMAT §2).</summary>
/// <param name="Id">The check's id.</param>
/// <param name="Decision">The decision.</param>
/// <param name="Basis">Every legal basis, resolution and paragraph.</param>
/// <param name="Exemption">The exemption that decides, if any (rulebook id or text).</param>
/// <param name="Cap">The cap, if one applies.</param>
/// <param name="PartyHits">Screening hits and parties stated designated.</param>
/// <param name="Flags">Non-decisive obligations and risks.</param>
/// <param name="Explanation">The reasoning in plain language.</param>
public sealed record Answer(
    string Id,
    Decision Decision,
    ImmutableArray<Citation> Basis,
    string? Exemption,
    CapAnswer? Cap,
    ImmutableArray<PartyHitAnswer> PartyHits,
    ImmutableArray<string> Flags,
    string Explanation);
