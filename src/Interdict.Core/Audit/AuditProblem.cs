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
}
