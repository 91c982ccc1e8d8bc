using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Interdict.Cli.Tests;

/// <summary><c>interdict audit verify [--checkpoint]</c> and <c>audit checkpoint</c> on a real data folder, tampered
/// with as an attacker with access to the database file would.</summary>
public sealed class AuditCommandTests : IDisposable
{
    readonly CliRunner _cli = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    string Database => _cli.PathIn("interdict.db");

    void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    void AuditSomething(int keys)
    {
        for (var i = 0; i < keys; i++)
        {
            var created = _cli.Run("keys", "create", "--role", "screener", "--name", $"k{i}");
            Assert.True(created.ExitCode == 0, created.ToString());
        }
    }

    [Fact]
    public void Checkpoint_ThenVerify_IntactAndSigned()
    {
        AuditSomething(2);
        var checkpoint = _cli.Run("audit", "checkpoint", "--output", _cli.PathIn("cp.json"));
        Assert.True(checkpoint.ExitCode == 0, checkpoint.ToString());
        Assert.Contains("checkpoint of record 2", checkpoint.Output, StringComparison.Ordinal);
        var file = JsonDocument.Parse(File.ReadAllText(_cli.PathIn("cp.json"))).RootElement;
        Assert.Equal("interdict-audit-checkpoint/1", file.GetProperty("format").GetString());
        Assert.Equal(2, file.GetProperty("sequence").GetInt64());
        Assert.Equal("ECDSA-P256-SHA256", file.GetProperty("algorithm").GetString());
        Assert.True(File.Exists(_cli.PathIn("audit-anchor.log")));
        Assert.True(File.Exists(_cli.PathIn("audit-signing-key.pem")));

        var verify = _cli.Run("audit", "verify", "--checkpoint", _cli.PathIn("cp.json"), "--format", "table");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("audit trail intact: 2 record(s)", verify.Output, StringComparison.Ordinal);
        Assert.Contains("matches", verify.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(_cli.Run("audit", "verify", "--checkpoint", _cli.PathIn("cp.json")).Output); // piped: JSON
        Assert.True(json.RootElement.GetProperty("intact").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("checked").GetInt64());
    }

    [Fact]
    public void Verify_TailCutAndAnchorDeleted_OnlyTheCheckpointSeesIt()
    {
        AuditSomething(3);
        Assert.Equal(0, _cli.Run("audit", "checkpoint", "--output", _cli.PathIn("cp.json")).ExitCode);
        Tamper("DROP TRIGGER audit_records_no_delete; DELETE FROM audit_records WHERE sequence >= 2;");

        var anchored = _cli.Run("audit", "verify");
        Assert.True(anchored.ExitCode == 5, anchored.ToString());
        Assert.Contains("BROKEN at record 2 (TailMissing)", anchored.Error, StringComparison.Ordinal);
        Assert.Contains("the anchor file kept record 3", anchored.Error, StringComparison.Ordinal);

        File.Delete(_cli.PathIn("audit-anchor.log"));
        Assert.Equal(0, _cli.Run("audit", "verify").ExitCode); // nothing left to compare with in the data folder
        var checkpointed = _cli.Run("audit", "verify", "--checkpoint", _cli.PathIn("cp.json"));
        Assert.True(checkpointed.ExitCode == 5, checkpointed.ToString());
        Assert.Contains("records 2..3 (the tail) were deleted", checkpointed.Error, StringComparison.Ordinal);
        Assert.Contains("checkpoint cp.json kept record 3", checkpointed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EmptiedThenDroppedTable_ExitFiveWithoutAStackTrace()
    {
        AuditSomething(1);
        Tamper("DROP TRIGGER audit_records_no_delete; DELETE FROM audit_records;");
        var emptied = _cli.Run("audit", "verify");
        Assert.True(emptied.ExitCode == 5, emptied.ToString());
        Assert.Contains("The audit table is empty, but the anchor file kept record 1", emptied.Error, StringComparison.Ordinal);

        Tamper("DROP TABLE audit_records;");
        var dropped = _cli.Run("audit", "verify");
        Assert.True(dropped.ExitCode == 5, dropped.ToString());
        Assert.Contains("audit_records is missing: it was dropped", dropped.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", dropped.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", dropped.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AlteredCheckpoint_RefusedAsNotGenuine()
    {
        AuditSomething(2);
        Assert.Equal(0, _cli.Run("audit", "checkpoint", "--output", _cli.PathIn("cp.json")).ExitCode);
        var altered = JsonNode.Parse(File.ReadAllText(_cli.PathIn("cp.json")))!;
        altered["sequence"] = 1;
        File.WriteAllText(_cli.PathIn("forged.json"), altered.ToJsonString());

        var result = _cli.Run("audit", "verify", "--checkpoint", _cli.PathIn("forged.json"));
        Assert.True(result.ExitCode == 5, result.ToString());
        Assert.Contains("is not genuine: its signature does not match its contents", result.Error, StringComparison.Ordinal);

        File.WriteAllText(_cli.PathIn("junk.json"), "{\"format\": 1}");
        var junk = _cli.Run("audit", "verify", "--checkpoint", _cli.PathIn("junk.json"));
        Assert.True(junk.ExitCode == 2, junk.ToString());
        Assert.Contains("'format' must be", junk.Error, StringComparison.Ordinal);
    }
}
