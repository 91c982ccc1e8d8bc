using System.Net;
using System.Reflection;
using Interdict.Server.Console;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Console.Tests;

/// <summary>The console's access table against the pages that exist, the endpoints mapped, and the docs that show it.</summary>
public sealed class ConsoleAccessTests
{
    const string OpaqueRedirect = "/_framework/opaque-redirect";

    [Fact]
    public void Pages_EveryRoutedComponent_IsInTheAccessTable()
    {
        var routes = typeof(ConsoleAccess).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).ToList();
        Assert.NotEmpty(routes);
        foreach (var route in routes) Assert.True(ConsoleAccess.Find(route) is not null, $"page {route} is not in ConsoleAccess.Pages");
    }

    [Fact]
    public async Task MappedEndpoints_UnderConsole_AreExactlyTheTable_AndAskForSignIn()
    {
        await using var factory = new TemporaryServerFactory();
        // Every endpoint under the console's policy, plus the framework's redirect helper for enhanced navigation,
        // which the console does not use (no framework script): it is not in the table, so it is refused to everyone.
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ConsoleAccessRequirement.Policy))
            .Select(e => e.RoutePattern.RawText!).Distinct().Order().ToArray();
        Assert.Equal(ConsoleAccess.Pages.Select(p => p.Route).Append(OpaqueRedirect).Order().ToArray(), mapped);
        Assert.Null(ConsoleAccess.Find(OpaqueRedirect));

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var page = await client.GetAsync("/console/alerts");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/console/signin?return=", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var signIn = await client.GetAsync("/console/signin");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var html = await signIn.Content.ReadAsStringAsync();
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);

        // A form posted without its antiforgery token is refused before any handler runs.
        using var forged = await client.PostAsync("/console/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.Key"] = "idk_anything",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public void Markdown_DocsConsole_ShowsTheTable()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "console.md")).ReplaceLineEndings("\n");
        Assert.Contains(ConsoleAccess.Markdown(), docs, StringComparison.Ordinal);
    }
}
