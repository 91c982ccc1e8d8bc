namespace Interdict.Rules.Model;

/// <summary>Three-valued result of a condition: a fact that is not established gives <see cref="Unknown"/>.</summary>
public enum Truth
{
    /// <summary>The condition fails on established facts.</summary>
    No = 0,
    /// <summary>A fact the condition needs is not established.</summary>
    Unknown,
    /// <summary>The condition holds.</summary>
    Yes,
}
