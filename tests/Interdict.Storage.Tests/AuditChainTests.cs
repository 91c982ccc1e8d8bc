using Interdict.Core.Audit;

namespace Interdict.Storage.Tests;

/// <summary>The audit hash chain in Core, without storage.</summary>
public sealed class AuditChainTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var record = AuditChain.Seal(new AuditEntry("ana", AuditActions.Screen, $"s{i}") { Inputs = $$"""{"n":{{i}}}""", ListVersions = ["un v1"] },
                i, T0.AddSeconds(i), previous);
            records.Add(record);
            previous = record.Hash;
        }
        return records;
    }

    [Fact]
    public void Verify_IntactChain_Valid()
    {
        var records = Chain(5);
        var result = AuditChain.Verify(records);
        Assert.True(result.IsValid);
        Assert.Equal(5, result.Checked);
        Assert.Equal(records[^1].Hash, result.LastHash);
    }

    [Fact]
    public void Verify_Empty_ValidWithGenesisHead() => Assert.Equal(AuditChain.Genesis, AuditChain.Verify([]).LastHash);

    [Fact]
    public void Seal_SameInputs_SameHash_AndEveryFieldCounts()
    {
        var a = Chain(1)[0];
        Assert.Equal(a.Hash, AuditChain.ComputeHash(a));
        Assert.Matches("^[0-9a-f]{64}$", a.Hash);
        Assert.NotEqual(a.Hash, AuditChain.ComputeHash(a with { Actor = "eve" }));
        Assert.NotEqual(a.Hash, AuditChain.ComputeHash(a with { At = a.At.AddTicks(10) }));
        Assert.NotEqual(a.Hash, AuditChain.ComputeHash(a with { ListVersions = [] }));
        Assert.NotEqual(a.Hash, AuditChain.ComputeHash(a with { RulebookVersion = "" }));
        // Field boundaries are unambiguous: moving text from one field into the next changes the hash.
        Assert.NotEqual(AuditChain.ComputeHash(a with { Actor = "ab", Action = "c" }), AuditChain.ComputeHash(a with { Actor = "a", Action = "bc" }));
    }

    [Fact]
    public void Seal_TimeWithTicks_TruncatedToMicroseconds() =>
        Assert.Equal(T0.AddTicks(10), AuditChain.Seal(new AuditEntry("a", "b", "c"), 1, T0.AddTicks(17), AuditChain.Genesis).At);

    [Fact]
    public void Verify_EditedRecord_HashMismatchAtIt()
    {
        var records = Chain(5);
        records[2] = records[2] with { Outputs = """{"matches":[]}""" };
        var result = AuditChain.Verify(records);
        Assert.Equal((AuditProblem.HashMismatch, 3L), (result.Problem, result.FirstBadSequence!.Value));
        Assert.Equal(records[1].Hash, result.LastHash);
    }

    [Fact]
    public void Verify_EditedAndRehashed_CaughtAtTheNextRecord()
    {
        var records = Chain(5);
        var edited = records[2] with { Outputs = """{"matches":[1]}""" };
        records[2] = edited with { Hash = AuditChain.ComputeHash(edited) };
        var result = AuditChain.Verify(records);
        Assert.Equal((AuditProblem.PreviousHashMismatch, 4L), (result.Problem, result.FirstBadSequence!.Value));
    }

    [Fact]
    public void Verify_DeletedRecord_SequenceGapAtTheNext()
    {
        var records = Chain(5);
        records.RemoveAt(1);
        var result = AuditChain.Verify(records);
        Assert.Equal((AuditProblem.SequenceGap, 3L), (result.Problem, result.FirstBadSequence!.Value));
        Assert.Contains("records 2..2 were deleted", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SwappedRecords_OutOfOrderAtTheFirstMoved()
    {
        var records = Chain(5);
        (records[1], records[3]) = (records[3], records[1]);
        var result = AuditChain.Verify(records);
        Assert.Equal((AuditProblem.SequenceGap, 4L), (result.Problem, result.FirstBadSequence!.Value));
    }

    [Fact]
    public void Verify_InsertedRecord_PreviousHashMismatch()
    {
        var records = Chain(3);
        var forged = AuditChain.Seal(new AuditEntry("eve", AuditActions.Screen, "x"), 2, T0, "f00d" + new string('0', 60));
        var shifted = new List<AuditRecord> { records[0], forged };
        var result = AuditChain.Verify(shifted);
        Assert.Equal((AuditProblem.PreviousHashMismatch, 2L), (result.Problem, result.FirstBadSequence!.Value));
    }
}
