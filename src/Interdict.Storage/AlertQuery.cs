using Interdict.Core.Alerts;

namespace Interdict.Storage;

/// <summary>Filters and paging for alerts; every filter is optional and they combine with AND. Results are newest first.</summary>
public sealed record AlertQuery
{
    /// <summary>The largest accepted <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only alerts in this state.</summary>
    public AlertState? State { get; init; }
    /// <summary>Only alerts on this list (<c>un</c>).</summary>
    public string? Source { get; init; }
    /// <summary>Only alerts of this customer.</summary>
    public string? CustomerId { get; init; }
    /// <summary>Only alerts with score at least this.</summary>
    public double? MinScore { get; init; }
    /// <summary>Only alerts with score at most this.</summary>
    public double? MaxScore { get; init; }
    /// <summary>Only alerts raised at or after this instant.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }
    /// <summary>Only alerts raised before this instant (exclusive).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }
    /// <summary>How many matching alerts to skip.</summary>
    public int Offset { get; init; }
    /// <summary>Page size, 1..<see cref="MaxLimit"/>; default 50.</summary>
    public int Limit { get; init; } = 50;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Offset, nameof(Offset));
        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1, nameof(Limit));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Limit, MaxLimit, nameof(Limit));
    }
}
