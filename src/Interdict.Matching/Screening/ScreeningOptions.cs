namespace Interdict.Matching.Screening;

/// <summary>Settings of a screening run.</summary>
public sealed record ScreeningOptions
{
    /// <summary>The documented default threshold: hits scored at or above it are reported
    /// (see docs/matching.md for its measured recall and false-positive rate).</summary>
    public const double DefaultThreshold = 0.80;

    /// <summary>Report hits scored at or above this; 0..1.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>At most this many hits per query, best first.</summary>
    public int MaxHits { get; init; } = 10;

    /// <summary>Only these lists (by source id, e.g. <c>un</c>, <c>ofac</c>); empty means every loaded list.</summary>
    public IReadOnlyCollection<string> Lists { get; init; } = [];

    /// <summary>Screen against the versions in force on this day, and only entries listed by then; null means today by the
    /// screener's clock (a version dated in the future is not in force yet).</summary>
    public DateOnly? AsOf { get; init; }
}
