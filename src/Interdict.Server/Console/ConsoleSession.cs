using System.Security.Claims;
using Interdict.Core.Access;
using Interdict.Server.Access;

namespace Interdict.Server.Console;

/// <summary>The console's sign-in session: a cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) holding the API key's
/// id, name and role — never the key itself. The claims are the ones the API's Bearer handler sets, so
/// <see cref="Callers.Actor"/> names the same person for a page and for an API call with the same key.</summary>
static class ConsoleSession
{
    public const string Scheme = "InterdictConsole";
    public const string CookieName = "interdict.console";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static ClaimsPrincipal Principal(ApiKey key) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, key.Name),
            new Claim(ClaimTypes.Role, key.Role.ToString()),
            new Claim(ApiKeyAuthenticationHandler.KeyIdClaim, key.Id),
        ], Scheme));

    /// <summary>The role the session holds; null when signed out.</summary>
    public static Role? RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    /// <summary>True when the session holds <paramref name="least"/> or a higher role.</summary>
    public static bool Holds(ClaimsPrincipal user, Role least) => RoleOf(user) is { } held && held >= least;
}
