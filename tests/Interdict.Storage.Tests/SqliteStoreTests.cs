using Microsoft.Data.Sqlite;

namespace Interdict.Storage.Tests;

/// <summary>The storage contract on a SQLite file of its own per test.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    readonly string _folder = Directory.CreateTempSubdirectory("interdict-sqlite-").FullName;

    string DatabasePath => Path.Combine(_folder, "interdict.db");

    protected override StorageOptions Options => new()
    {
        Provider = StorageProvider.Sqlite,
        SqlitePath = DatabasePath,
        AuditAnchorPath = Path.Combine(_folder, AuditAnchorFile.FileName),
    };

    protected override Task AttackAsync(string sql) => ExecuteRawAsync(
        "DROP TRIGGER audit_records_no_update; DROP TRIGGER audit_records_no_delete;\n" + sql);

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<string?> QueryTextAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    protected override Task CleanUpAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [StoreFact]
    public async Task MigrateAsync_NewFile_UsesWriteAheadLogging()
    {
        Assert.Equal("wal", await QueryTextAsync("PRAGMA journal_mode"));
    }
}
