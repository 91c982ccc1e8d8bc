namespace Interdict.Core.Lists;

/// <summary>The precision a list claims for a date of birth.</summary>
public enum DateOfBirthKind
{
    /// <summary>The date given (which may be year only) is the date.</summary>
    Exact = 0,
    /// <summary>About that date; compared with a year of tolerance.</summary>
    Approximate,
    /// <summary>Somewhere in a range.</summary>
    Between,
}
