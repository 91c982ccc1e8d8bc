using Interdict.Core.Audit;

namespace Interdict.Storage.Sql;

/// <summary>Times as stored: whole microseconds since the Unix epoch, UTC (see <see cref="AuditChain.ToMicroseconds"/>).</summary>
internal static class Micros
{
    public static long Now(TimeProvider clock) => AuditChain.ToMicroseconds(clock.GetUtcNow());
    public static long Of(DateTimeOffset at) => AuditChain.ToMicroseconds(at);
    public static long? Of(DateTimeOffset? at) => at is { } value ? AuditChain.ToMicroseconds(value) : null;
    /// <summary>A duration in whole microseconds.</summary>
    public static long Span(TimeSpan duration) => duration.Ticks / 10;
    public static DateTimeOffset To(long micros) => AuditChain.FromMicroseconds(micros);
    public static DateTimeOffset? To(long? micros) => micros is { } value ? AuditChain.FromMicroseconds(value) : null;
}
