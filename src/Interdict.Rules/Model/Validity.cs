using System.Globalization;

namespace Interdict.Rules.Model;

/// <summary>The days on which a rule applies: the half-open interval [<see cref="From"/>, <see cref="Until"/>).</summary>
/// <remarks><see cref="Until"/> is the first day the rule no longer applies; null means still in force.</remarks>
public readonly record struct Validity
{
    /// <summary>Creates a validity; <paramref name="until"/> must be after <paramref name="from"/>.</summary>
    public Validity(DateOnly from, DateOnly? until)
    {
        if (until is { } end && end <= from)
            throw new ArgumentOutOfRangeException(nameof(until), $"until ({end:yyyy-MM-dd}) must be after from ({from:yyyy-MM-dd}).");
        From = from;
        Until = until;
    }

    /// <summary>The first day on which the rule applies.</summary>
    public DateOnly From { get; }

    /// <summary>The first day on which it no longer applies, or null.</summary>
    public DateOnly? Until { get; }

    /// <summary>The last day on which it applies (inclusive), or null.</summary>
    public DateOnly? LastDay => Until?.AddDays(-1);

    /// <summary>True when <paramref name="day"/> lies in [From, Until).</summary>
    public bool Contains(DateOnly day) => day >= From && (Until is null || day < Until.Value);

    /// <summary>True when the two intervals share at least one day.</summary>
    public bool Overlaps(Validity other) =>
        (Until is null || other.From < Until.Value) && (other.Until is null || From < other.Until.Value);

    /// <inheritdoc/>
    public override string ToString() => Until is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"[{From:yyyy-MM-dd}, {end:yyyy-MM-dd})")
        : string.Create(CultureInfo.InvariantCulture, $"[{From:yyyy-MM-dd}, open)");
}
