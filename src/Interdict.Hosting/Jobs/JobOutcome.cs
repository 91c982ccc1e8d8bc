using Interdict.Core.Audit;

namespace Interdict.Hosting.Jobs;

/// <summary>What a job's work returns: its value for the caller, its result to store, and the audit record that is
/// committed with its completion (exactly once, however often the work ran).</summary>
/// <typeparam name="T">The value for the caller.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Result">The stored result, JSON text.</param>
/// <param name="Audit">The record of the completion; null for none.</param>
public sealed record JobOutcome<T>(T Value, string Result, AuditEntry? Audit);
