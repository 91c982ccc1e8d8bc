using System.Collections.Immutable;

namespace Interdict.Core.Audit;

/// <summary>One appended, hash-chained record of the audit trail.</summary>
/// <remarks>Immutable. <see cref="Hash"/> is SHA-256 over the canonical encoding of every other field, including
/// <see cref="PreviousHash"/>, so editing, deleting, inserting or reordering any record breaks the chain at that
/// point (see <see cref="AuditChain"/>). <see cref="At"/> has microsecond precision so it survives storage exactly.</remarks>
public sealed record AuditRecord
{
    /// <summary>1 for the first record, then consecutive.</summary>
    public required long Sequence { get; init; }
    /// <summary>When the record was appended (UTC, microsecond precision).</summary>
    public required DateTimeOffset At { get; init; }
    /// <summary>Who acted.</summary>
    public required string Actor { get; init; }
    /// <summary>What was done; see <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }
    /// <summary>What it was done to.</summary>
    public required string Subject { get; init; }
    /// <summary>Inputs as JSON text.</summary>
    public required string Inputs { get; init; }
    /// <summary>Outputs as JSON text.</summary>
    public required string Outputs { get; init; }
    /// <summary>List versions in force.</summary>
    public required ImmutableArray<string> ListVersions { get; init; }
    /// <summary>Rulebook version used, if any.</summary>
    public string? RulebookVersion { get; init; }
    /// <summary>The previous record's <see cref="Hash"/>; <see cref="AuditChain.Genesis"/> for the first.</summary>
    public required string PreviousHash { get; init; }
    /// <summary>SHA-256 (64 lower-case hex digits) of this record's fields and <see cref="PreviousHash"/>.</summary>
    public required string Hash { get; init; }
}
