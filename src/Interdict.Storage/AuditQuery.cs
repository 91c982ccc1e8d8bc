namespace Interdict.Storage;

/// <summary>Filters and paging for audit records; every filter is optional and they combine with AND. Results are in sequence order.</summary>
public sealed record AuditQuery
{
    /// <summary>The largest accepted <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only records by this actor.</summary>
    public string? Actor { get; init; }
    /// <summary>Only records of this action (<c>screen</c>, <c>alert.confirm</c>…).</summary>
    public string? Action { get; init; }
    /// <summary>Only records about this subject.</summary>
    public string? Subject { get; init; }
    /// <summary>Only records at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Only records before this instant (exclusive).</summary>
    public DateTimeOffset? Until { get; init; }
    /// <summary>Only records with a sequence above this (a cursor for reading on).</summary>
    public long? AfterSequence { get; init; }
    /// <summary>How many matching records to skip.</summary>
    public int Offset { get; init; }
    /// <summary>Page size, 1..<see cref="MaxLimit"/>; default 100.</summary>
    public int Limit { get; init; } = 100;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Offset, nameof(Offset));
        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1, nameof(Limit));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Limit, MaxLimit, nameof(Limit));
    }
}
