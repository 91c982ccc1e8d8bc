using Dapper;
using Interdict.Core.Access;

namespace Interdict.Storage.Sql;

internal sealed class SqlApiKeyStore(Database database, TimeProvider clock) : IApiKeyStore
{
    const string Columns = "id, name, role, secret_hash, created_at, revoked_at";

    public async Task<ApiKeyCreated> CreateAsync(string name, Role role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(role)) throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role.");
        var (id, plaintext, secretHash) = ApiKeySecret.Generate();
        var key = new ApiKey(id, name, role, secretHash, Micros.To(Micros.Now(clock)));
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO api_keys (id, name, role, secret_hash, created_at) VALUES (@Id, @Name, @Role, @SecretHash, @CreatedAt)",
                new { key.Id, key.Name, Role = role.ToString(), key.SecretHash, CreatedAt = Micros.Of(key.CreatedAt) },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        return new ApiKeyCreated(key, plaintext);
    }

    public async Task<ApiKey?> FindAsync(string plaintext, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(plaintext, out var id, out var secret)) return null;
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
                $"SELECT {Columns} FROM api_keys WHERE id = @id AND revoked_at IS NULL", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row is not null && ApiKeySecret.Matches(secret, row.SecretHash) ? row.ToKey() : null;
        }
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<KeyRow>(new CommandDefinition(
                $"SELECT {Columns} FROM api_keys ORDER BY created_at, id", cancellationToken: cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToKey())];
        }
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var affected = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL",
                new { id, now = Micros.Now(clock) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return affected > 0;
        }
    }

    sealed class KeyRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string SecretHash { get; set; } = "";
        public long CreatedAt { get; set; }
        public long? RevokedAt { get; set; }

        public ApiKey ToKey() => new(Id, Name, Enum.Parse<Role>(Role), SecretHash, Micros.To(CreatedAt)) { RevokedAt = Micros.To(RevokedAt) };
    }
}
