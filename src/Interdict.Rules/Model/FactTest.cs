namespace Interdict.Rules.Model;

/// <summary>The test a <see cref="FactCondition"/> applies.</summary>
public enum FactTest
{
    /// <summary>Equals the value.</summary>
    Is = 0,
    /// <summary>Does not equal the value; an absent fact passes.</summary>
    IsNot,
    /// <summary>One of the values.</summary>
    In,
    /// <summary>None of the values; an absent fact passes.</summary>
    NotIn,
    /// <summary>A number at least the threshold.</summary>
    AtLeast,
    /// <summary>A date strictly before the bound.</summary>
    Before,
    /// <summary>A date on or before the bound.</summary>
    NotAfter,
    /// <summary>A date on or after the bound.</summary>
    NotBefore,
    /// <summary>A date at most N days before the check's date.</summary>
    WithinDays,
    /// <summary>A date before the designated party's listing date.</summary>
    BeforeListing,
    /// <summary>The fact is established (value true) or not established (value false).</summary>
    Established,
}
