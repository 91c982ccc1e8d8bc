using System.Globalization;

namespace Interdict.Core.Audit;

/// <summary>Verifies an audit chain one record at a time, so a store can stream millions of records through it.</summary>
/// <remarks>Checks, in this order, for each record: the sequence is the expected one (a jump means deletion,
/// a step back means reordering or duplication); the previous hash is the predecessor's hash (else reordering
/// or insertion); the fields hash to the stored hash (else an edit); a record that an anchor names carries the
/// anchored hash (else the chain was rewritten consistently up to it). At the end, a chain shorter than an anchor
/// lost its tail: the chain alone cannot see that, because a prefix of a valid chain is a valid chain.
/// Not thread-safe.</remarks>
public sealed class AuditChainVerifier
{
    readonly Dictionary<long, List<AuditAnchor>> _anchors = [];
    readonly List<AuditAnchor> _all = [];
    readonly AuditAnchor? _highest;
    long _expected = 1;
    long _checked;
    string _lastHash = AuditChain.Genesis;
    AuditVerification? _failure;

    /// <summary>A verifier for the chain alone, with no head kept outside it.</summary>
    public AuditChainVerifier() : this([]) { }

    /// <summary>A verifier that also holds the chain to heads kept outside it (anchor file, checkpoints).</summary>
    /// <param name="anchors">The heads; several may name the same sequence (each is checked).</param>
    public AuditChainVerifier(IEnumerable<AuditAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        foreach (var anchor in anchors)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(anchor.Sequence, 1, nameof(anchors));
            // Several anchors may name one record (the anchor file and a checkpoint): each is compared.
            if (!_anchors.TryGetValue(anchor.Sequence, out var list)) _anchors[anchor.Sequence] = list = [];
            list.Add(anchor);
            _all.Add(anchor);
            if (_highest is null || anchor.Sequence > _highest.Sequence) _highest = anchor;
        }
    }

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
        if (_anchors.TryGetValue(record.Sequence, out var anchors)
            && anchors.FirstOrDefault(a => !string.Equals(a.Hash, record.Hash, StringComparison.Ordinal)) is { } anchor)
        {
            return Fail(record.Sequence, AuditProblem.AnchorMismatch, string.Create(CultureInfo.InvariantCulture,
                $"Record {record.Sequence} has hash {record.Hash}, but {anchor.Source} kept {anchor.Hash} for it: the chain was rewritten up to it."));
        }
        _lastHash = record.Hash;
        _expected++;
        return true;
    }

    /// <summary>The verdict for the records added so far (held to the anchors: a chain shorter than one lost its tail).</summary>
    public AuditVerification Result => _failure ?? Final();

    AuditVerification Final()
    {
        var last = _expected - 1;
        if (_highest is { } head && last < head.Sequence)
        {
            var message = last == 0
                ? string.Create(CultureInfo.InvariantCulture,
                    $"The audit table is empty, but {head.Source} kept record {head.Sequence} as the chain's head: records 1..{head.Sequence} were deleted.")
                : string.Create(CultureInfo.InvariantCulture,
                    $"The audit table ends at record {last}, but {head.Source} kept record {head.Sequence} as the chain's head: records {last + 1}..{head.Sequence} (the tail) were deleted.");
            return new AuditVerification(_checked, AuditProblem.TailMissing, last + 1, message, _lastHash);
        }
        var text = _checked == 0
            ? "The audit trail is empty."
            : string.Create(CultureInfo.InvariantCulture, $"All {_checked} records are intact and chained.");
        foreach (var anchored in _all)
            text += string.Create(CultureInfo.InvariantCulture, $" Record {anchored.Sequence} matches {anchored.Source}.");
        return new AuditVerification(_checked, AuditProblem.None, null, text, _lastHash);
    }

    bool Fail(long sequence, AuditProblem problem, string detail)
    {
        _failure = new AuditVerification(_checked, problem, sequence, AuditChain.Describe(sequence, problem, _expected, detail), _lastHash);
        return false;
    }
}
