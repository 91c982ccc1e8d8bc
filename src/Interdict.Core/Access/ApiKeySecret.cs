using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Interdict.Core.Access;

/// <summary>The format of API keys: <c>idk_&lt;id&gt;_&lt;secret&gt;</c>, where id is 16 hex digits and secret is
/// 256 random bits in base64url (43 characters).</summary>
/// <remarks>Only <see cref="Hash"/> of the secret is stored. A plain SHA-256 is enough here, with no slow KDF
/// (PBKDF2, Argon2): those exist to slow down guessing of low-entropy passwords, and a 256-bit random secret
/// cannot be guessed at any speed. A fast hash also keeps the per-request key check cheap.
/// <see cref="Matches"/> compares in constant time so timing does not leak how much of a hash matched.</remarks>
public static class ApiKeySecret
{
    /// <summary>The prefix of every key, so leaked keys are recognisable by secret scanners.</summary>
    public const string Prefix = "idk_";

    /// <summary>Makes a new random key: its id, its plaintext (shown once) and the hash to store.</summary>
    public static (string Id, string Plaintext, string SecretHash) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, $"{Prefix}{id}_{secret}", Hash(secret));
    }

    /// <summary>Splits a presented key into id and secret; false when it is not in the key format.</summary>
    public static bool TryParse(string? plaintext, [NotNullWhen(true)] out string? id, [NotNullWhen(true)] out string? secret)
    {
        id = null;
        secret = null;
        if (plaintext is null || !plaintext.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = plaintext.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != 16 || rest.Length != 16 + 1 + 43) return false;
        foreach (var c in rest[..16])
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c)) return false;
        }
        id = rest[..16].ToString();
        secret = rest[17..].ToString();
        return true;
    }

    /// <summary>SHA-256 of a secret, 64 lower-case hex digits.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>True when <paramref name="secret"/> hashes to <paramref name="secretHash"/>; constant time in the hash.</summary>
    public static bool Matches(string secret, string secretHash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(secretHash);
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(secretHash));
    }

    static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
