using Interdict.Core.Audit;

namespace Interdict.Storage;

/// <summary>What a write commits in its own transaction after its data: the audit record of what it did and the job
/// that completes it. Either both the data and these are committed, or none of them: a crash can never leave a list
/// version without its audit record, or stored customers without the job that screens them.</summary>
/// <param name="Audit">The audit record to append (sealed onto the chain inside the transaction); null for none.</param>
/// <param name="Job">The job to record; null for none.</param>
public sealed record FollowUp(AuditEntry? Audit, JobRequest? Job);
