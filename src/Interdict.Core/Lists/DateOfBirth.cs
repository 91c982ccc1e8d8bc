namespace Interdict.Core.Lists;

/// <summary>A date of birth as a list states it: exact, approximate, or a range.</summary>
/// <param name="From">The date, or the start of the range.</param>
/// <param name="To">The end of the range (inclusive) for <see cref="DateOfBirthKind.Between"/>; otherwise equal to <paramref name="From"/>.</param>
/// <param name="Kind">How precise the list claims the date to be.</param>
public sealed record DateOfBirth(PartialDate From, PartialDate To, DateOfBirthKind Kind)
{
    /// <summary>An exact (possibly partial) date.</summary>
    public static DateOfBirth Exact(PartialDate date) => new(date, date, DateOfBirthKind.Exact);

    /// <summary>An approximate date ("circa").</summary>
    public static DateOfBirth Approximately(PartialDate date) => new(date, date, DateOfBirthKind.Approximate);

    /// <summary>A range of possible dates, ends inclusive.</summary>
    public static DateOfBirth Between(PartialDate from, PartialDate to) => new(from, to, DateOfBirthKind.Between);

    /// <summary>The first day the entry can have been born on.</summary>
    public DateOnly Earliest => From.Earliest;

    /// <summary>The last day the entry can have been born on.</summary>
    public DateOnly Latest => To.Latest;

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        DateOfBirthKind.Between => $"{From} to {To}",
        DateOfBirthKind.Approximate => $"circa {From}",
        _ => From.ToString(),
    };
}
