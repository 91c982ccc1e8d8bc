using System.Text;
using Interdict.Core.Access;
using Interdict.Core.Audit;

namespace Interdict.Storage.Tests;

public abstract partial class StoreContractTests
{
    async Task AppendAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Store.Audit.AppendAsync(new AuditEntry("ana", AuditActions.Screen, $"q{i}")
            {
                Inputs = $$"""{"name":"Kim {{i}}"}""",
                Outputs = """{"matches":[]}""",
                ListVersions = ["un 2026-01-05T10:00:00Z"],
            }, Ct);
            Clock.Advance(TimeSpan.FromMilliseconds(1.5));
        }
    }

    [StoreFact]
    public async Task AppendAsync_Sequential_ChainsRecordsThatRoundTrip()
    {
        var first = await Store.Audit.AppendAsync(new AuditEntry("ana", AuditActions.Check, "trade-1") { RulebookVersion = "dprk-2026.1" }, Ct);
        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditChain.Genesis, first.PreviousHash);
        await AppendAsync(4);

        var all = new List<AuditRecord>();
        await foreach (var record in Store.Audit.ReadAllAsync(Ct)) all.Add(record);
        Assert.Equal([1L, 2, 3, 4, 5], all.Select(r => r.Sequence));
        Assert.Equal(first with { ListVersions = all[0].ListVersions }, all[0]);
        Assert.Equal("dprk-2026.1", all[0].RulebookVersion);
        Assert.Equal(["un 2026-01-05T10:00:00Z"], all[1].ListVersions.ToArray());
        Assert.Equal(all[1].Hash, all[2].PreviousHash);
        var verification = await Store.Audit.VerifyAsync(Ct);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(5, verification.Checked);
        Assert.Equal(all[^1].Hash, verification.LastHash);

        var page = await Store.Audit.QueryAsync(new AuditQuery { Action = AuditActions.Screen, Limit = 2, Offset = 1 }, Ct);
        Assert.Equal(4, page.Total);
        Assert.Equal([3L, 4], page.Items.Select(r => r.Sequence));
        Assert.Equal(1, (await Store.Audit.QueryAsync(new AuditQuery { Subject = "trade-1" }, Ct)).Total);
        Assert.Equal(2, (await Store.Audit.QueryAsync(new AuditQuery { AfterSequence = 3 }, Ct)).Total);
        Assert.Equal(2, (await Store.Audit.QueryAsync(new AuditQuery { From = all[3].At }, Ct)).Total);
    }

    [StoreFact]
    public async Task AuditTable_UpdateOrDelete_RejectedByTriggers()
    {
        await AppendAsync(2);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteRawAsync("UPDATE audit_records SET actor = 'eve' WHERE sequence = 1"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ExecuteRawAsync("DELETE FROM audit_records WHERE sequence = 2"));
        Assert.True((await Store.Audit.VerifyAsync(Ct)).IsValid);
    }

    [StoreFact]
    public async Task VerifyAsync_EditedRecord_NamesItAsEdited()
    {
        await AppendAsync(6);
        await AttackAsync("""UPDATE audit_records SET outputs = '{"matches":[{"ref":"KPi.033"}]}' WHERE sequence = 3""");
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.HashMismatch, result.Problem);
        Assert.Equal(3, result.FirstBadSequence);
        Assert.Contains("Record 3 was edited", result.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task VerifyAsync_DeletedRecord_NamesTheGap()
    {
        await AppendAsync(6);
        await AttackAsync("DELETE FROM audit_records WHERE sequence = 4");
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.SequenceGap, result.Problem);
        Assert.Equal(5, result.FirstBadSequence);
        Assert.Contains("records 4..4 were deleted", result.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task VerifyAsync_ReorderedRecords_NamesTheFirstMovedOne()
    {
        await AppendAsync(6);
        // Swap the contents of records 2 and 5, leaving each row's sequence number in place.
        var all = new List<AuditRecord>();
        await foreach (var record in Store.Audit.ReadAllAsync(Ct)) all.Add(record);
        var sql = new StringBuilder();
        foreach (var (target, source) in new[] { (2, all[4]), (5, all[1]) })
        {
            sql.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"UPDATE audit_records SET at = {Core.Audit.AuditChain.ToMicroseconds(source.At)}, subject = '{source.Subject}', inputs = '{source.Inputs}', previous_hash = '{source.PreviousHash}', hash = '{source.Hash}' WHERE sequence = {target};\n");
        }
        await AttackAsync(sql.ToString());
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.PreviousHashMismatch, result.Problem);
        Assert.Equal(2, result.FirstBadSequence);
    }

    [StoreFact]
    public async Task VerifyAsync_RenumberedRecords_NamesTheFirstMovedOne()
    {
        await AppendAsync(6);
        // Records 3 and 4 trade sequence numbers (through 100, the key being unique).
        await AttackAsync("UPDATE audit_records SET sequence = 100 WHERE sequence = 3; UPDATE audit_records SET sequence = 3 WHERE sequence = 4; UPDATE audit_records SET sequence = 4 WHERE sequence = 100;");
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.PreviousHashMismatch, result.Problem);
        Assert.Equal(3, result.FirstBadSequence);
    }

    [StoreFact]
    public async Task VerifyAsync_AllRenumberedUp_NamesTheGapAtTheStart()
    {
        await AppendAsync(3);
        await AttackAsync("UPDATE audit_records SET sequence = sequence + 10");
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.SequenceGap, result.Problem);
        Assert.Equal(11, result.FirstBadSequence);
    }

    [StoreFact]
    public async Task VerifyAsync_TailCutOff_NamesTheMissingTailFromTheAnchorFile()
    {
        await AppendAsync(6);
        Assert.True(File.Exists(Options.AuditAnchorPath), "every committed batch writes the anchor file");
        Assert.Contains("Record 6 matches the anchor file", (await Store.Audit.VerifyAsync(Ct)).Message, StringComparison.Ordinal);

        await AttackAsync("DELETE FROM audit_records WHERE sequence >= 5");
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.TailMissing, result.Problem);
        Assert.Equal(5, result.FirstBadSequence);
        Assert.Contains("ends at record 4", result.Message, StringComparison.Ordinal);
        Assert.Contains("records 5..6 (the tail) were deleted", result.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task VerifyAsync_EmptiedTable_SaysItWasEmptied()
    {
        await AppendAsync(4);
        await AttackAsync("DELETE FROM audit_records");
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.TailMissing, result.Problem);
        Assert.Equal(1, result.FirstBadSequence);
        Assert.Contains("The audit table is empty, but the anchor file kept record 4", result.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task VerifyAsync_DroppedTable_ReportedAsMissingNotThrown()
    {
        await AppendAsync(2);
        await ExecuteRawAsync("DROP TABLE audit_records");
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.TableMissing, result.Problem);
        Assert.Contains("audit_records is missing: it was dropped", result.Message, StringComparison.Ordinal);
        Assert.Contains("record 2", result.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task VerifyAsync_TailRewrittenConsistently_CaughtByTheAnchor()
    {
        await AppendAsync(6);
        var all = new List<AuditRecord>();
        await foreach (var record in Store.Audit.ReadAllAsync(Ct)) all.Add(record);
        // An attacker who can write SQL replaces records 5 and 6 with a forged, correctly re-hashed pair.
        var forged5 = AuditChain.Seal(new AuditEntry("ana", AuditActions.Screen, "innocent"), 5, all[4].At, all[3].Hash);
        var forged6 = AuditChain.Seal(new AuditEntry("ana", AuditActions.Screen, "innocent too"), 6, all[5].At, forged5.Hash);
        var sql = new StringBuilder("DELETE FROM audit_records WHERE sequence >= 5;\n");
        foreach (var r in new[] { forged5, forged6 })
        {
            sql.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"INSERT INTO audit_records (sequence, at, actor, action, subject, inputs, outputs, list_versions, rulebook_version, previous_hash, hash) VALUES ({r.Sequence}, {AuditChain.ToMicroseconds(r.At)}, '{r.Actor}', '{r.Action}', '{r.Subject}', '{r.Inputs}', '{r.Outputs}', '[]', NULL, '{r.PreviousHash}', '{r.Hash}');\n");
        }
        await AttackAsync(sql.ToString());
        Assert.True(AuditChain.Verify(await ReadAllAsync()).IsValid, "the forged chain is valid on its own");

        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.Equal(AuditProblem.AnchorMismatch, result.Problem);
        Assert.Equal(6, result.FirstBadSequence);
        Assert.Contains("the anchor file kept " + all[5].Hash, result.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task VerifyAsync_TailCutAndAnchorFileDeleted_CaughtByACheckpointKeptElsewhere()
    {
        await AppendAsync(5);
        var head = (await ReadAllAsync())[^1];
        var checkpoint = new AuditAnchor(head.Sequence, head.Hash, "checkpoint cp.json");
        await AttackAsync("DELETE FROM audit_records WHERE sequence >= 3");
        File.Delete(Options.AuditAnchorPath!);

        Assert.True((await Store.Audit.VerifyAsync(Ct)).IsValid, "with neither anchor nor checkpoint, a cut tail cannot be seen");
        var result = await Store.Audit.VerifyAsync([checkpoint], Ct);
        Assert.Equal(AuditProblem.TailMissing, result.Problem);
        Assert.Equal(3, result.FirstBadSequence);
        Assert.Contains("checkpoint cp.json kept record 5", result.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task AnchorFile_TornLastLine_IsSkipped()
    {
        await AppendAsync(3);
        await File.AppendAllTextAsync(Options.AuditAnchorPath!, "9 abc");
        var head = new AuditAnchorFile(Options.AuditAnchorPath!).ReadHead();
        Assert.NotNull(head);
        Assert.Equal(3, head.Sequence);
        Assert.True((await Store.Audit.VerifyAsync(Ct)).IsValid);
    }

    async Task<List<AuditRecord>> ReadAllAsync()
    {
        var all = new List<AuditRecord>();
        await foreach (var record in Store.Audit.ReadAllAsync(Ct)) all.Add(record);
        return all;
    }

    [StoreFact]
    public async Task AppendAsync_64ConcurrentWriters_KeepOneValidChain()
    {
        Clock.AutoAdvanceAmount = TimeSpan.FromMicroseconds(3);
        const int writers = 64, each = 20;
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var records = new List<AuditRecord>();
            for (var i = 0; i < each; i++)
                records.Add(await Store.Audit.AppendAsync(new AuditEntry($"writer-{w}", AuditActions.Screen, $"{w}/{i}"), Ct));
            return records;
        })).ToArray();
        var returned = (await Task.WhenAll(tasks)).SelectMany(r => r).ToList();

        Assert.Equal(Enumerable.Range(1, writers * each).Select(i => (long)i), returned.Select(r => r.Sequence).Order());
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(writers * each, result.Checked);
    }

    [StoreFact]
    public async Task AppendAsync_TwoStoresOnOneDatabase_KeepOneValidChain()
    {
        await using var other = await InterdictStorage.OpenAsync(Options, Clock, Ct);
        var tasks = Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            var log = w % 2 == 0 ? Store.Audit : other.Audit;
            for (var i = 0; i < 10; i++) await log.AppendAsync(new AuditEntry($"w{w}", AuditActions.Screen, $"{i}"), Ct);
        }));
        await Task.WhenAll(tasks);
        var result = await Store.Audit.VerifyAsync(Ct);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(160, result.Checked);
    }

    [StoreFact]
    public async Task ApiKeys_CreateFindRevoke_StoreOnlyTheHash()
    {
        var created = await Store.Keys.CreateAsync("ana", Role.Analyst, Ct);
        Assert.StartsWith("idk_" + created.Key.Id + "_", created.Plaintext, StringComparison.Ordinal);

        var found = await Store.Keys.FindAsync(created.Plaintext, Ct);
        Assert.NotNull(found);
        Assert.Equal(Role.Analyst, found.Role);
        Assert.Equal("ana", found.Name);

        Assert.True(ApiKeySecret.TryParse(created.Plaintext, out _, out var secret));
        var storedHash = await QueryTextAsync($"SELECT secret_hash FROM api_keys WHERE id = '{created.Key.Id}'");
        Assert.Equal(ApiKeySecret.Hash(secret), storedHash);
        Assert.DoesNotContain(secret, storedHash!, StringComparison.Ordinal);
        Assert.Equal("0", await QueryTextAsync($"SELECT CAST(count(*) AS TEXT) FROM api_keys WHERE secret_hash LIKE '%{secret[..10]}%' OR name LIKE '%{secret[..10]}%'"));

        var forged = created.Plaintext[..^1] + (created.Plaintext[^1] == 'A' ? 'B' : 'A');
        Assert.Null(await Store.Keys.FindAsync(forged, Ct));
        Assert.Null(await Store.Keys.FindAsync("not a key", Ct));

        Assert.True(await Store.Keys.RevokeAsync(created.Key.Id, Ct));
        Assert.False(await Store.Keys.RevokeAsync(created.Key.Id, Ct));
        Assert.Null(await Store.Keys.FindAsync(created.Plaintext, Ct));
        var listed = Assert.Single(await Store.Keys.ListAsync(Ct));
        Assert.False(listed.IsActive);
    }

    [StoreFact]
    public async Task ListVersions_SaveTwice_IdempotentAndContentRoundTrips()
    {
        var bytes = Encoding.UTF8.GetBytes("<CONSOLIDATED_LIST dateGenerated=\"2026-01-05T10:00:00Z\"/>");
        var file = new ListVersionFile("un", "2026-01-05T10:00:00Z", new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero),
            "admin", "consolidated.xml", "un-xml", 321, bytes);
        var saved = await Store.Lists.SaveAsync(file, Ct);
        Assert.True(saved.Created);
        var again = await Store.Lists.SaveAsync(file with { ImportedBy = "someone else" }, Ct);
        Assert.False(again.Created);
        Assert.Equal(saved.Version, again.Version);
        await Store.Lists.SaveAsync(file with { Source = "ofac", Label = "2026-02-01" }, Ct);

        var un = Assert.Single(await Store.Lists.ListAsync("un", Ct));
        Assert.Equal(saved.Version, un);
        Assert.Equal(321, un.EntryCount);
        Assert.Equal(bytes.Length, un.Size);
        Assert.Equal(2, (await Store.Lists.ListAsync(null, Ct)).Count);
        Assert.Equal(bytes, await Store.Lists.GetContentAsync(un.Id, Ct));
        Assert.Null(await Store.Lists.GetContentAsync(un.Id + 99, Ct));
    }
}
