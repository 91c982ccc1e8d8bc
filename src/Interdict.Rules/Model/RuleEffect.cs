namespace Interdict.Rules.Model;

/// <summary>What a measure rule does when it applies to a check.</summary>
public enum RuleEffect
{
    /// <summary>Forbids the activity unless an exemption fits.</summary>
    Prohibit = 0,
    /// <summary>Allows the activity only inside an aggregate ceiling and its conditions.</summary>
    Cap,
    /// <summary>An enforcement power (seizure, inspection): cited when the activity is prohibited, never decides.</summary>
    Enforcement,
    /// <summary>A non-decisive obligation or risk: adds a flag to the answer.</summary>
    Flag,
}
