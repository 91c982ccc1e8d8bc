namespace Interdict.Rules.Model;

/// <summary>How a cap period repeats.</summary>
public enum CapRecurrence
{
    /// <summary>One fixed period.</summary>
    None = 0,
    /// <summary>1 January to 31 December of each year from the start.</summary>
    CalendarYear,
    /// <summary>Consecutive 12-month periods counted from the start date.</summary>
    Anniversary12Months,
}
