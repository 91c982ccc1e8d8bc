namespace Interdict.Core.Access;

/// <summary>A stored API key: who it is for and what it may do, never the secret itself.</summary>
/// <param name="Id">The key's public id (the part after <c>idk_</c> in the key), 16 lower-case hex digits.</param>
/// <param name="Name">A human name for the key's holder, recorded as the actor in the audit trail.</param>
/// <param name="Role">What the key may do.</param>
/// <param name="SecretHash">SHA-256 of the secret, 64 lower-case hex digits.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ApiKey(string Id, string Name, Role Role, string SecretHash, DateTimeOffset CreatedAt)
{
    /// <summary>When it was revoked; null while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>True until revoked.</summary>
    public bool IsActive => RevokedAt is null;
}
