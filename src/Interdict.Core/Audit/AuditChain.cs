using System.Globalization;

namespace Interdict.Core.Audit;

/// <summary>The hash chain of the audit trail: sealing new records and verifying stored ones.</summary>
/// <remarks>Each record's hash is SHA-256 over a canonical UTF-8 encoding (see <see cref="Seal"/>) of its sequence,
/// time (UTC microseconds), actor, action, subject, inputs, outputs, list versions, rulebook version and the previous
/// record's hash. An attacker with write access to the database can still rewrite the whole tail consistently, or
/// cut records off the end; to detect those, the head is also kept outside the table (<see cref="AuditAnchor"/>: the
/// anchor file in the data folder, and signed checkpoints an operator keeps elsewhere) and the chain is held to it.</remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first record: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Turns an entry into the record that follows <paramref name="previousHash"/>.</summary>
    /// <param name="entry">What to record.</param>
    /// <param name="sequence">The next sequence number (1 for the first record).</param>
    /// <param name="at">The time; truncated to whole microseconds so it round-trips through storage.</param>
    /// <param name="previousHash">The hash of record <c>sequence - 1</c>, or <see cref="Genesis"/>.</param>
    public static AuditRecord Seal(AuditEntry entry, long sequence, DateTimeOffset at, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentException.ThrowIfNullOrEmpty(previousHash);
        var utc = ToMicroseconds(at);
        var record = new AuditRecord
        {
            Sequence = sequence,
            At = FromMicroseconds(utc),
            Actor = entry.Actor,
            Action = entry.Action,
            Subject = entry.Subject,
            Inputs = entry.Inputs,
            Outputs = entry.Outputs,
            ListVersions = entry.ListVersions.IsDefault ? [] : entry.ListVersions,
            RulebookVersion = entry.RulebookVersion,
            PreviousHash = previousHash,
            Hash = "",
        };
        return record with { Hash = ComputeHash(record) };
    }

    /// <summary>The hash <paramref name="record"/> should carry, computed from its fields (its own
    /// <see cref="AuditRecord.Hash"/> is not read).</summary>
    public static string ComputeHash(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var hash = new CanonicalHash();
        hash.Add("audit/1").Add(record.Sequence).Add(ToMicroseconds(record.At)).Add(record.Actor).Add(record.Action)
            .Add(record.Subject).Add(record.Inputs).Add(record.Outputs);
        var versions = record.ListVersions.IsDefault ? [] : record.ListVersions;
        hash.Add(versions.Length);
        foreach (var version in versions) hash.Add(version);
        hash.Add(record.RulebookVersion).Add(record.PreviousHash);
        return hash.ToHex();
    }

    /// <summary>Verifies records given in sequence order from the first; stops at the first bad record and names it.</summary>
    /// <param name="records">The records, in sequence order.</param>
    /// <param name="anchors">Heads kept outside the table (anchor file, checkpoints) the chain must still reach.</param>
    public static AuditVerification Verify(IEnumerable<AuditRecord> records, params IEnumerable<AuditAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(records);
        var verifier = new AuditChainVerifier(anchors);
        foreach (var record in records)
        {
            if (!verifier.Add(record)) break;
        }
        return verifier.Result;
    }

    /// <summary>A time as whole microseconds since the Unix epoch, UTC: how storage keeps it.</summary>
    public static long ToMicroseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The inverse of <see cref="ToMicroseconds"/>, at offset zero.</summary>
    public static DateTimeOffset FromMicroseconds(long microseconds) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + microseconds * 10, TimeSpan.Zero);

    internal static string Describe(long sequence, AuditProblem problem, long expected, string detail) => problem switch
    {
        AuditProblem.HashMismatch => string.Create(CultureInfo.InvariantCulture,
            $"Record {sequence} was edited: its fields hash to {detail}, not to its stored hash."),
        AuditProblem.SequenceGap => string.Create(CultureInfo.InvariantCulture,
            $"Record {sequence} follows record {expected - 1}: records {expected}..{sequence - 1} were deleted."),
        AuditProblem.AnchorMismatch => detail,
        AuditProblem.SequenceOutOfOrder => string.Create(CultureInfo.InvariantCulture,
            $"Record {sequence} comes where record {expected} was expected: records were duplicated or reordered."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Record {sequence} does not point at the hash of record {expected - 1}: records were reordered, inserted or re-hashed."),
    };
}
