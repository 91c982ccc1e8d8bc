namespace Interdict.Core.Audit;

/// <summary>The chain's head as it was seen at some moment and kept outside the audit table — a line of the anchor
/// file or a signed checkpoint. The table must still hold record <see cref="Sequence"/> with exactly
/// <see cref="Hash"/>: records can be appended after it, never removed or rewritten up to it.</summary>
/// <param name="Sequence">The head's sequence number (at least 1).</param>
/// <param name="Hash">The head record's hash.</param>
/// <param name="Source">Where the anchor came from, for messages: <c>the anchor file</c>, <c>checkpoint cp.json</c>.</param>
public sealed record AuditAnchor(long Sequence, string Hash, string Source);
