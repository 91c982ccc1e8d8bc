using System.Text.Json;

// The response shapes of the audit endpoints.
namespace Interdict.Server.Contracts;

/// <summary>One audit record: who did what, when, with which inputs, outputs and list versions, hash-chained.</summary>
/// <param name="Sequence">Its place in the chain, from 1.</param>
/// <param name="At">When.</param>
/// <param name="Actor">The API key's name (or the CLI user).</param>
/// <param name="Action">screen, check, list.import, customer.create, alert.propose, …</param>
/// <param name="Subject">What it was about (a name, a customer id, a list version, an alert id).</param>
/// <param name="Inputs">The action's inputs, as recorded.</param>
/// <param name="Outputs">The action's outputs, as recorded.</param>
/// <param name="ListVersions">The list versions in force.</param>
/// <param name="RulebookVersion">For checks: the rulebook's version (a hash of its text).</param>
/// <param name="PreviousHash">The hash of the record before.</param>
/// <param name="Hash">This record's hash, over its content and the previous hash.</param>
sealed record AuditRecord(
    long Sequence, DateTimeOffset At, string Actor, string Action, string Subject, JsonElement Inputs, JsonElement Outputs,
    string[] ListVersions, string PreviousHash, string Hash, string? RulebookVersion = null);

/// <summary>A page of audit records.</summary>
/// <param name="Total">Records matching the filters.</param>
/// <param name="Offset">The first record's position.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Records">The page, in sequence order.</param>
sealed record AuditPage(long Total, int Offset, int Limit, AuditRecord[] Records);

/// <summary>The result of verifying the hash chain.</summary>
/// <param name="Valid">No record was edited, deleted or moved.</param>
/// <param name="Checked">Records checked.</param>
/// <param name="FirstBadSequence">The first bad record; null when the chain is valid.</param>
/// <param name="Problem">none, hash_mismatch, sequence_gap, sequence_out_of_order, previous_hash_mismatch.</param>
/// <param name="Message">What was found, for people.</param>
/// <param name="LastHash">The hash at the head of the chain.</param>
sealed record AuditVerification(bool Valid, long Checked, string Problem, string Message, long? FirstBadSequence = null, string? LastHash = null);
