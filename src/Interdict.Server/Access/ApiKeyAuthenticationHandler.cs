using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Access;

/// <summary>Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the API key store, and answers 401 and 403
/// as ProblemDetails that say what is missing.</summary>
sealed partial class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyCache keys, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "interdict:key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("the Authorization header must be 'Bearer <key>'");
        var key = await keys.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (key is null) return AuthenticateResult.Fail("the API key is unknown or revoked");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, key.Name),
            new Claim(ClaimTypes.Role, key.Role.ToString()),
            new Claim(KeyIdClaim, key.Id),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false)).Failure?.Message;
        if (Logger.IsEnabled(LogLevel.Debug)) LogUnauthenticated(Logger, Request.Method, Request.Path.Value ?? "", failure ?? "no API key");
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteAsync(StatusCodes.Status401Unauthorized, "Authentication required",
            failure ?? "this endpoint needs an API key: send 'Authorization: Bearer <key>' (create one with `interdict keys create --role ROLE`)").ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var endpoint = Context.GetEndpoint() as RouteEndpoint;
        var access = AccessTable.Find(Request.Method, endpoint?.RoutePattern.RawText);
        var held = Context.User.FindFirstValue(ClaimTypes.Role) ?? "none";
        var detail = access?.Role is { } role
            ? string.Create(CultureInfo.InvariantCulture, $"{Request.Method} {access.Route} needs the role {role.ToString().ToLowerInvariant()} or higher; this key has the role {held.ToLowerInvariant()}")
            : "this endpoint is not open to any API key";
        await WriteAsync(StatusCodes.Status403Forbidden, "Forbidden", detail).ConfigureAwait(false);
    }

    /// <summary>A request without a valid key is routine (a browser's icon request, a probe): Debug, not Information.</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "401 {Method} {Path}: {Reason}")]
    static partial void LogUnauthenticated(ILogger logger, string method, string path, string reason);

    Task WriteAsync(int status, string title, string detail) =>
        problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
}
