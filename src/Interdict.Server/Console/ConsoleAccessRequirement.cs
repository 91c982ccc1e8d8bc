using Microsoft.AspNetCore.Authorization;

namespace Interdict.Server.Console;

/// <summary>The one authorization rule of the console's pages: the session's role must be at least the page's row in
/// <see cref="ConsoleAccess"/>; a page missing from the table is refused to everyone.</summary>
sealed class ConsoleAccessRequirement : AuthorizationHandler<ConsoleAccessRequirement>, IAuthorizationRequirement
{
    public const string Policy = "interdict-console";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsoleAccessRequirement requirement)
    {
        var endpoint = ((context.Resource as HttpContext)?.GetEndpoint() ?? context.Resource as Endpoint) as RouteEndpoint;
        var page = ConsoleAccess.Find(endpoint?.RoutePattern.RawText);
        if (page is null) return Task.CompletedTask;
        if (page.Role is null || ConsoleSession.Holds(context.User, page.Role.Value)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
