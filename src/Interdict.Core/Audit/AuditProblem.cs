namespace Interdict.Core.Audit;

/// <summary>What is wrong at the first bad record of an audit chain.</summary>
public enum AuditProblem
{
    /// <summary>Nothing: the chain is intact.</summary>
    None = 0,
    /// <summary>The record's fields do not hash to its stored hash: it was edited.</summary>
    HashMismatch,
    /// <summary>The sequence jumps past the expected number: records before it were deleted.</summary>
    SequenceGap,
    /// <summary>The sequence repeats or goes back: records were duplicated or reordered.</summary>
    SequenceOutOfOrder,
    /// <summary>The record does not point at its predecessor's hash: records were reordered, inserted or
    /// re-hashed after an edit.</summary>
    PreviousHashMismatch,
    /// <summary>The table ends before a head kept outside it (anchor file or checkpoint): its tail was cut off, or
    /// it was emptied.</summary>
    TailMissing,
    /// <summary>A record kept as a head outside the table (anchor file or checkpoint) now has another hash: the chain
    /// was rewritten consistently up to it.</summary>
    AnchorMismatch,
    /// <summary>The audit table itself is missing: it was dropped.</summary>
    TableMissing,
}
