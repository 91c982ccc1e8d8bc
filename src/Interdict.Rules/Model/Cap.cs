using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>An aggregate ceiling on supplies or procurement (coal, refined petroleum, crude oil).</summary>
public sealed class Cap
{
    /// <summary>Creates a cap.</summary>
    public Cap(string id, string measureId, string commodity, DateOnly from, DateOnly? to, CapRecurrence recurrence,
        CapCeiling ceiling, string aggregate, bool operative, string? supersededBy, ImmutableArray<int> notices,
        int? stopAtNotice, string? note, Confidence confidence)
    {
        Id = id;
        MeasureId = measureId;
        Commodity = commodity;
        From = from;
        To = to;
        Recurrence = recurrence;
        Ceiling = ceiling;
        Aggregate = aggregate;
        Operative = operative;
        SupersededBy = supersededBy;
        Notices = notices;
        StopAtNotice = stopAtNotice;
        Note = note;
        Confidence = confidence;
    }

    /// <summary>Rulebook id (<c>CAP-COAL-ANNUAL</c>).</summary>
    public string Id { get; }
    /// <summary>The measure that sets it.</summary>
    public string MeasureId { get; }
    /// <summary>What it caps.</summary>
    public string Commodity { get; }
    /// <summary>First day of the first period.</summary>
    public DateOnly From { get; }
    /// <summary>Last day (inclusive) of a one-off period, or null when recurring.</summary>
    public DateOnly? To { get; }
    /// <summary>How the period repeats.</summary>
    public CapRecurrence Recurrence { get; }
    /// <summary>The ceiling.</summary>
    public CapCeiling Ceiling { get; }
    /// <summary>Whose supplies count.</summary>
    public string Aggregate { get; }
    /// <summary>False for a cap that never took effect.</summary>
    public bool Operative { get; }
    /// <summary>The cap that replaced it, if any.</summary>
    public string? SupersededBy { get; }
    /// <summary>Committee Secretary notice levels (percent).</summary>
    public ImmutableArray<int> Notices { get; }
    /// <summary>The notice level after which supply must stop, if any.</summary>
    public int? StopAtNotice { get; }
    /// <summary>Notes.</summary>
    public string? Note { get; }
    /// <summary>How sure the research is.</summary>
    public Confidence Confidence { get; }

    /// <summary>The period (first and last day, inclusive) that contains <paramref name="day"/>, or null when none does.</summary>
    public (DateOnly First, DateOnly Last)? PeriodOn(DateOnly day)
    {
        if (day < From) return null;
        switch (Recurrence)
        {
            case CapRecurrence.CalendarYear:
                var first = new DateOnly(day.Year, 1, 1);
                return (first < From ? From : first, new DateOnly(day.Year, 12, 31));
            case CapRecurrence.Anniversary12Months:
                var start = From;
                while (start.AddYears(1) <= day) start = start.AddYears(1);
                return (start, start.AddYears(1).AddDays(-1));
            default:
                return To is { } last && day <= last ? (From, last) : null;
        }
    }
}
