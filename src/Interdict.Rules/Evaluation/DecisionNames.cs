namespace Interdict.Rules.Evaluation;

/// <summary>Wire names of <see cref="Decision"/>.</summary>
public static class DecisionNames
{
    /// <summary>The snake_case name used in answers (<c>permitted_with_exemption</c>).</summary>
    public static string ToWire(this Decision decision) => decision switch
    {
        Decision.Permitted => "permitted",
        Decision.PermittedWithExemption => "permitted_with_exemption",
        Decision.CapApplies => "cap_applies",
        Decision.RequiresCommitteeApproval => "requires_committee_approval",
        _ => "prohibited",
    };
}
