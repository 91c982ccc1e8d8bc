using Interdict.Core.Access;

namespace Interdict.Storage;

/// <summary>Stored API keys (hashes only). Thread-safe.</summary>
public interface IApiKeyStore
{
    /// <summary>Creates a key; the plaintext is returned here once and never stored.</summary>
    Task<ApiKeyCreated> CreateAsync(string name, Role role, CancellationToken cancellationToken);

    /// <summary>The active (not revoked) key that <paramref name="plaintext"/> is; null when it is malformed,
    /// unknown, revoked or its secret does not match.</summary>
    Task<ApiKey?> FindAsync(string plaintext, CancellationToken cancellationToken);

    /// <summary>Every key, revoked ones included, oldest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes the key with this id; false when there is no such active key.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken);
}
