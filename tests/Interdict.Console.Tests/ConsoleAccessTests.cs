using System.Reflection;
using Interdict.Server.Console;
using Microsoft.AspNetCore.Components;

namespace Interdict.Console.Tests;

/// <summary>The console's access table against the pages that exist and the docs that show it.</summary>
public sealed class ConsoleAccessTests
{
    [Fact]
    public void Pages_EveryRoutedComponent_IsInTheAccessTable()
    {
        var routes = typeof(ConsoleAccess).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).ToList();
        Assert.NotEmpty(routes);
        foreach (var route in routes) Assert.True(ConsoleAccess.Find(route) is not null, $"page {route} is not in ConsoleAccess.Pages");
    }

    [Fact]
    public void Markdown_DocsConsole_ShowsTheTable()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "console.md")).ReplaceLineEndings("\n");
        Assert.Contains(ConsoleAccess.Markdown(), docs, StringComparison.Ordinal);
    }
}
