using System.Globalization;

namespace Interdict.Core.Audit;

/// <summary>Verifies an audit chain one record at a time, so a store can stream millions of records through it.</summary>
/// <remarks>Checks, in this order, for each record: the sequence is the expected one (a jump means deletion,
/// a step back means reordering or duplication); the previous hash is the predecessor's hash (else reordering
/// or insertion); the fields hash to the stored hash (else an edit). Not thread-safe.</remarks>
public sealed class AuditChainVerifier
{
    long _expected = 1;
    long _checked;
    string _lastHash = AuditChain.Genesis;
    AuditVerification? _failure;

    /// <summary>Checks the next record; false once the chain is broken (later records are then ignored).</summary>
    public bool Add(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_failure is not null) return false;
        _checked++;
        if (record.Sequence != _expected)
        {
            var problem = record.Sequence > _expected ? AuditProblem.SequenceGap : AuditProblem.SequenceOutOfOrder;
            return Fail(record.Sequence, problem, "");
        }
        if (!string.Equals(record.PreviousHash, _lastHash, StringComparison.Ordinal))
            return Fail(record.Sequence, AuditProblem.PreviousHashMismatch, "");
        var computed = AuditChain.ComputeHash(record);
        if (!string.Equals(computed, record.Hash, StringComparison.Ordinal))
            return Fail(record.Sequence, AuditProblem.HashMismatch, computed);
        _lastHash = record.Hash;
        _expected++;
        return true;
    }

    /// <summary>The verdict for the records added so far.</summary>
    public AuditVerification Result => _failure ?? new AuditVerification(_checked, AuditProblem.None, null,
        _checked == 0
            ? "The audit trail is empty."
            : string.Create(CultureInfo.InvariantCulture, $"All {_checked} records are intact and chained."),
        _lastHash);

    bool Fail(long sequence, AuditProblem problem, string detail)
    {
        _failure = new AuditVerification(_checked, problem, sequence, AuditChain.Describe(sequence, problem, _expected, detail), _lastHash);
        return false;
    }
}
