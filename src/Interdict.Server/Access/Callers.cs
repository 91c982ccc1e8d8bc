using System.Security.Claims;
using Interdict.Core.Access;
using Interdict.Hosting.Access;

namespace Interdict.Server.Access;

/// <summary>The actor behind a request, as the authentication handler established it.</summary>
static class Callers
{
    public static Actor Actor(this HttpContext http) =>
        new(http.User.Identity?.Name ?? "anonymous",
            Enum.TryParse<Role>(http.User.FindFirstValue(ClaimTypes.Role), out var role) ? role : Role.Screener);
}
