using Interdict.Core.Audit;

namespace Interdict.Storage;

/// <summary>The result of a write together with what its <see cref="FollowUp"/> committed in the same transaction.</summary>
/// <typeparam name="T">The write's own result.</typeparam>
/// <param name="Value">The write's own result.</param>
/// <param name="Audit">The audit record appended, sealed; null when none was asked for (or nothing was written).</param>
/// <param name="Job">The job recorded; null when none was asked for (or nothing was written).</param>
public sealed record Committed<T>(T Value, AuditRecord? Audit, Job? Job);
