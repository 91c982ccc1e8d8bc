using System.Security.Claims;
using Interdict.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Interdict.Server.Access;

/// <summary>The one authorization rule of the service: the caller's role must be at least the endpoint's row in
/// <see cref="AccessTable"/>; an endpoint missing from the table is refused to everyone.</summary>
sealed class AccessRequirement : AuthorizationHandler<AccessRequirement>, IAuthorizationRequirement
{
    public const string Policy = "interdict-access";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var any = http?.GetEndpoint() ?? context.Resource as Endpoint;
        var endpoint = any as RouteEndpoint;
        var access = http is null ? null : AccessTable.Find(http.Request.Method, endpoint?.RoutePattern.RawText);
        if (access is null)
        {
            // The router's own answer to a known route with the wrong method: let it say 405 rather than 401/403.
            if (any?.DisplayName?.StartsWith("405 ", StringComparison.Ordinal) == true) context.Succeed(requirement);
            return Task.CompletedTask;
        }
        if (access.Role is null)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        if (Enum.TryParse<Role>(context.User.FindFirstValue(ClaimTypes.Role), out var held) && held >= access.Role) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
