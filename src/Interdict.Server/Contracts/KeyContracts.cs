// The answers of the key endpoints; KeyEndpoints returns these records as they are.
namespace Interdict.Server.Contracts;

/// <summary>Every API key (<c>GET /v1/keys</c>).</summary>
/// <param name="Keys">Revoked ones included.</param>
sealed record KeysResult(KeySummary[] Keys);

/// <summary>An API key, never its secret.</summary>
/// <param name="Id">The key's id (its public prefix).</param>
/// <param name="Name">Recorded as the actor of everything done with it.</param>
/// <param name="Role">screener, analyst, supervisor or admin.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked; none while active.</param>
sealed record KeySummary(string Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null);

/// <summary>A new API key (<c>POST /v1/keys</c>), shown this once.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Role">Its role.</param>
/// <param name="Key">The secret to send as <c>Authorization: Bearer &lt;key&gt;</c>; only its hash is stored.</param>
/// <param name="Note">A reminder that it is not shown again.</param>
sealed record KeyCreated(string Id, string Name, string Role, string Key, string Note);
