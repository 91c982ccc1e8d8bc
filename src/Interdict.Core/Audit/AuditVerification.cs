namespace Interdict.Core.Audit;

/// <summary>The result of verifying an audit chain.</summary>
/// <param name="Checked">Records read up to and including the first bad one (all of them when intact).</param>
/// <param name="Problem">What is wrong; <see cref="AuditProblem.None"/> when intact.</param>
/// <param name="FirstBadSequence">The sequence number of the first bad record; null when intact.</param>
/// <param name="Message">A sentence naming the record and the reason, or saying the chain is intact.</param>
/// <param name="LastHash">The hash of the last good record (the chain's head when intact); the genesis hash when empty.</param>
public sealed record AuditVerification(long Checked, AuditProblem Problem, long? FirstBadSequence, string Message, string LastHash)
{
    /// <summary>True when every record is intact and chained.</summary>
    public bool IsValid => Problem == AuditProblem.None;
}
