using System.Globalization;

namespace Interdict.Core.Lists;

/// <summary>A calendar date of which only the year, or the year and month, may be known.</summary>
/// <remarks>Lists often give a year of birth only ("1964"); a partial date is then compared at the
/// precision both sides have. Equality is structural.</remarks>
public readonly record struct PartialDate
{
    /// <summary>Creates a date; <paramref name="month"/> and <paramref name="day"/> may be unknown.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1, nameof(year));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999, nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1..12.");
        if (day is not null && month is null) throw new ArgumentException("A day needs a month.", nameof(day));
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day is not in that month.");
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, always known.</summary>
    public int Year { get; }
    /// <summary>The month 1..12, when known.</summary>
    public int? Month { get; }
    /// <summary>The day of month, when known (only with a month).</summary>
    public int? Day { get; }

    /// <summary>True when year, month and day are known.</summary>
    public bool IsComplete => Day is not null;

    /// <summary>The first day this partial date can mean.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this partial date can mean.</summary>
    public DateOnly Latest => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>Creates a complete date.</summary>
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        try
        {
            date = numbers.Length switch
            {
                1 => new PartialDate(numbers[0]),
                2 => new PartialDate(numbers[0], numbers[1]),
                _ => new PartialDate(numbers[0], numbers[1], numbers[2]),
            };
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
