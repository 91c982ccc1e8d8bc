using System.Collections.Concurrent;
using Interdict.Core.Access;
using Interdict.Storage;

namespace Interdict.Server.Access;

/// <summary>Resolves presented API keys against the key store, caching answers (good and bad) briefly so that a
/// request costs a dictionary look-up, not a database query.</summary>
/// <remarks>A revocation through this process takes effect at once (<see cref="Forget"/>); one made elsewhere (another
/// process, the CLI) within <see cref="Lifetime"/>. The cache is bounded: it is emptied when it grows past
/// <see cref="MaxEntries"/> (a flood of random keys cannot exhaust memory). Thread-safe.</remarks>
sealed class ApiKeyCache(IApiKeyStore keys, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    public const int MaxEntries = 10_000;

    readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async ValueTask<ApiKey?> FindAsync(string plaintext, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(plaintext, out var cached) && cached.Until > now) return cached.Key;
        var key = ApiKeySecret.TryParse(plaintext, out _, out _) ? await keys.FindAsync(plaintext, cancellationToken).ConfigureAwait(false) : null;
        if (_cache.Count >= MaxEntries) _cache.Clear();
        _cache[plaintext] = (key, now + Lifetime);
        return key;
    }

    /// <summary>Drops every cached answer for the key with this id (after a revocation).</summary>
    public void Forget(string keyId)
    {
        foreach (var (plaintext, cached) in _cache)
        {
            if (cached.Key?.Id == keyId) _cache.TryRemove(plaintext, out _);
        }
    }
}
