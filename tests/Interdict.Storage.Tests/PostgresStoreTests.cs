using Npgsql;

namespace Interdict.Storage.Tests;

/// <summary>The storage contract on PostgreSQL (<c>PG_CONN</c>), in a schema of its own per test.</summary>
[PostgresTests]
public sealed class PostgresStoreTests : StoreContractTests
{
    readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
    readonly string _folder = Directory.CreateTempSubdirectory("interdict-pg-anchor-").FullName;

    protected override StorageOptions Options => new()
    {
        Provider = StorageProvider.Postgres,
        ConnectionString = StoreFactDiscoverer.PostgresConnection,
        Schema = _schema,
        AuditAnchorPath = Path.Combine(_folder, AuditAnchorFile.FileName),
    };

    protected override Task AttackAsync(string sql) => ExecuteRawAsync(
        "DROP TRIGGER audit_records_append_only ON audit_records;\n" + sql);

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<string?> QueryTextAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    protected override async Task CleanUpAsync()
    {
        await ExecuteRawAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        Directory.Delete(_folder, recursive: true);
    }

    async Task<NpgsqlConnection> OpenAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreFactDiscoverer.PostgresConnection) { SearchPath = _schema, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
