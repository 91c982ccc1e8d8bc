using Interdict.Core.Access;

namespace Interdict.Storage;

/// <summary>A new API key: the stored record and the plaintext key, which is never stored and never shown again.</summary>
/// <param name="Key">The stored key (with the secret's hash only).</param>
/// <param name="Plaintext">The key to give to its holder: <c>idk_&lt;id&gt;_&lt;secret&gt;</c>.</param>
public sealed record ApiKeyCreated(ApiKey Key, string Plaintext);
