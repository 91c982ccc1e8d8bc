using Interdict.Rules.Model;

namespace Interdict.Rules.Evaluation;

/// <summary>What one applying rule decides, and why.</summary>
sealed record RuleOutcome(MeasureRule Rule, Decision Decision, string? ExemptionLabel, Citation? ExemptionCitation, CapAnswer? Cap, Cap? CapSource, string Reason)
{
    /// <summary>The goods of the check the rule applied to (empty for rules not on goods).</summary>
    public IReadOnlyList<Interdict.Rules.Checks.Good> Goods { get; init; } = [];

    /// <summary>When each good was decided by its own exemption: the citations of all their exemptions (the deciding
    /// one is also <see cref="ExemptionCitation"/>).</summary>
    public IReadOnlyList<Citation> ExemptionCitations { get; init; } = [];
}
