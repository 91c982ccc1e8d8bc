using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Interdict.Hosting;
using Interdict.Rules.Hs;
using Interdict.Server.Access;
using Interdict.Server.Http;
using Interdict.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Interdict.Server.Console;

/// <summary>Wires the analyst console into the server: static server-rendered Razor components under <c>/console</c>,
/// a cookie session signed in with an API key, antiforgery on every form, and the console's access table.</summary>
/// <remarks>The pages call the same Hosting services as the API, in process; nothing here decides anything the API
/// would decide differently.</remarks>
static class ConsoleSetup
{
    /// <summary>Registers the Razor components, the cookie scheme and the console's authorization policy.</summary>
    public static WebApplicationBuilder AddInterdictConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "interdict.console.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthentication().AddCookie(ConsoleSession.Scheme, o =>
        {
            o.Cookie.Name = ConsoleSession.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/console";
            o.ExpireTimeSpan = ConsoleSession.Lifetime;
            o.SlidingExpiration = true;
            o.LoginPath = ConsoleAccess.SignIn;
            o.AccessDeniedPath = ConsoleAccess.Denied;
            o.ReturnUrlParameter = "return";
            o.Events.OnValidatePrincipal = RefuseRevokedKeyAsync;
        });
        services.AddSingleton<IAuthorizationHandler, ConsoleAccessRequirement>();
        services.AddAuthorizationBuilder().AddPolicy(ConsoleAccessRequirement.Policy, p => p
            .AddAuthenticationSchemes(ConsoleSession.Scheme)
            .AddRequirements(new ConsoleAccessRequirement()));
        return builder;
    }

    /// <summary>Adds antiforgery validation and maps the pages and the HS look-up under the console's policy.</summary>
    public static WebApplication UseInterdictConsole(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/console", StringComparison.Ordinal), console => console.Use(ServerTimingAsync));
        app.UseAntiforgery();
        var limits = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<InterdictOptions>>().Value.Limits;
        app.MapRazorComponents<App>()
            .RequireAuthorization(ConsoleAccessRequirement.Policy)
            .Add(endpoint =>
            {
                // The lists page takes a list file: it gets the upload limit and the import timeout of POST /v1/lists/import.
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/console/lists" })
                {
                    endpoint.Metadata.Add(new UploadLimit(limits.MaxUploadBytes));
                    endpoint.Metadata.Add(new RequestTimeoutPolicy { Timeout = limits.ImportTimeout });
                }
            });
        app.MapGet("/console/hs", HsLookup).RequireAuthorization(ConsoleAccessRequirement.Policy).ExcludeFromDescription();
        // The server's root leads a browser to the console (its sign-in when signed out); the icon every browser asks
        // for is served to anyone, so that no page raises a 401 for it. Both are anonymous rows of the access table.
        app.MapGet("/", () => TypedResults.Redirect("/console")).ExcludeFromDescription();
        app.MapGet("/favicon.ico", () => TypedResults.Bytes(Favicon, "image/x-icon")).ExcludeFromDescription();
        return app;
    }

    /// <summary>A 16×16 icon (an ICO holding one PNG: a white I on navy, amber underline), 126 bytes: small enough to
    /// keep here rather than add a static-files folder for one file.</summary>
    static readonly byte[] Favicon = Convert.FromBase64String(
        "AAABAAEAEBAAAAEAIABoAAAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAQAAAAEAgGAAAAH/P/YQAAAC9JREFUeNpjkLeK/08JZhh8BhACtDcAl0Ekh8GoARQYMHjSAclJ+cNSBpIw1VwAABjjQJNPE1gBAAAAAElFTkSuQmCC");

    /// <summary>HS codes whose code starts with, or whose description contains, what was typed (at most 20).</summary>
    static IResult HsLookup(string? q)
    {
        var text = (q ?? "").Trim();
        if (text.Length < 2) return TypedResults.Ok(Array.Empty<object>());
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        var hs = HsNomenclature.Embedded;
        var found = digits.All(char.IsAsciiDigit)
            ? hs.Entries.Where(e => e.Code.Digits is { } d && d.StartsWith(digits, StringComparison.Ordinal)).OrderBy(e => e.Code.Level).Take(20).ToList()
            : hs.Search(text, 20);
        return TypedResults.Ok(found.Select(e => new { code = e.Code.ToString(), description = e.Description }));
    }

    /// <summary>Tells the browser how long the server worked on a page (<c>Server-Timing: app;dur=…</c>, shown by its
    /// developer tools): from here to the first byte of the response, which a statically rendered page writes only once
    /// it is complete.</summary>
    static Task ServerTimingAsync(HttpContext context, RequestDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}");
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>A session ends when its key is revoked: the cookie names the key, and the key store decides.</summary>
    static async Task RefuseRevokedKeyAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim);
        var keys = context.HttpContext.RequestServices.GetRequiredService<IApiKeyStore>();
        var all = await keys.ListAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (id is null || !all.Any(k => k.Id == id && k.IsActive))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleSession.Scheme).ConfigureAwait(false);
        }
    }
}
