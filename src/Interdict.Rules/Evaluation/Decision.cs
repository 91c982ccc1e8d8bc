namespace Interdict.Rules.Evaluation;

/// <summary>The answer's decision (CHECK-FORMAT §2), ordered from least to most restrictive.</summary>
public enum Decision
{
    /// <summary>No measure of the regime applies.</summary>
    Permitted = 0,
    /// <summary>A measure applies, but an exemption the State applies itself, or an approval held, covers it.</summary>
    PermittedWithExemption,
    /// <summary>Lawful only inside an aggregate ceiling and its conditions.</summary>
    CapApplies,
    /// <summary>Lawful only with the Committee's prior case-by-case approval, which the check does not hold.</summary>
    RequiresCommitteeApproval,
    /// <summary>A measure in force forbids it and no exemption fits the facts.</summary>
    Prohibited,
}
