using Interdict.Core.Audit;

namespace Interdict.Storage;

/// <summary>The append-only, hash-chained audit trail. Thread-safe; concurrent appends are group-committed.</summary>
public interface IAuditLog
{
    /// <summary>Appends a record and returns it sealed (sequence, time, hashes) once its transaction committed.
    /// Concurrent calls are batched into one transaction; the chain stays strictly sequential.</summary>
    Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>A page of records matching the filters, in sequence order, with the total count.</summary>
    Task<Page<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Every record in sequence order, streamed.</summary>
    IAsyncEnumerable<AuditRecord> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Verifies the whole chain, held to the anchor file's head when there is one, and names the first bad
    /// record, the missing tail, or a missing table.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);

    /// <summary>Verifies as <see cref="VerifyAsync(CancellationToken)"/>, also holding the chain to
    /// <paramref name="anchors"/> (for instance a checkpoint an operator kept elsewhere).</summary>
    Task<AuditVerification> VerifyAsync(IReadOnlyList<AuditAnchor> anchors, CancellationToken cancellationToken);
}
