using Interdict.Core.Alerts;

namespace Interdict.Storage;

/// <summary>Filters and paging for payment alerts; every filter is optional and they combine with AND. Results are newest first.</summary>
public sealed record PaymentAlertQuery
{
    /// <summary>The largest accepted <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only alerts in this state.</summary>
    public PaymentAlertState? State { get; init; }
    /// <summary>Only alerts with this screening outcome (<c>review</c>, <c>hold</c>).</summary>
    public string? Outcome { get; init; }
    /// <summary>Only alerts of the message with this id.</summary>
    public string? MessageId { get; init; }
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
