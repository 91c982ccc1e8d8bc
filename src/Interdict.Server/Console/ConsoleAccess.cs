using System.Globalization;
using System.Text;
using Interdict.Core.Access;

namespace Interdict.Server.Console;

/// <summary>THE console's access table, the pages' counterpart of the API's <see cref="Access.AccessTable"/>: every page
/// and the least role that may open it, with the same ordered roles (screener &lt; analyst &lt; supervisor &lt; admin).
/// A page whose API counterpart needs a role needs the same role here, so the console never shows what the API would
/// refuse. The authorization handler reads only this table (a page missing from it is refused to everyone), a test
/// walks it, and docs/console.md shows it as rendered by <see cref="Markdown"/>.</summary>
/// <remarks>Actions inside a page need their API endpoint's role as well: proposing needs analyst, confirming and
/// rejecting supervisor, importing a list admin, reading the audit trail supervisor (<see cref="Actions"/>).</remarks>
static class ConsoleAccess
{
    public const string SignIn = "/console/signin";
    public const string Denied = "/console/denied";

    public static readonly IReadOnlyList<ConsolePage> Pages =
    [
        new(SignIn, null, "Sign in with an API key; sign out"),
        new(Denied, null, "Says which role a page needs"),
        new("/console", Role.Screener, "Screen a name (like POST /v1/screen)", "Screen"),
        new("/console/entities/{source}/{reference}", Role.Screener, "A listed entry: every field and its history across versions (like GET /v1/lists/{source}/entries/{reference})"),
        new("/console/alerts", Role.Analyst, "The alert queue with filters and paging (like GET /v1/alerts)", "Alerts"),
        new("/console/alerts/{id:long}", Role.Analyst, "One alert: customer and entry side by side, explanation, four-eyes decisions, history"),
        new("/console/payments/alerts", Role.Analyst, "Held and reviewed payments with filters and paging (like GET /v1/payments/alerts)", "Payments"),
        new("/console/payments/alerts/{id:long}", Role.Analyst, "One held or reviewed payment: its fields with the hits marked, the legal basis, release or reject under four eyes, history"),
        new("/console/check", Role.Screener, "A trade check, and the same check on another date or scenario (like POST /v1/check)", "Check"),
        new("/console/hs", Role.Screener, "HS look-up as you type (JSON for the check form's list)"),
        new("/console/regime", Role.Screener, "The regime's timeline, one measure, a proposal's scenario (like GET /v1/regime/…)", "Regime"),
        new("/console/lists", Role.Screener, "Lists and versions, diffs, and the upload of a new version (like GET /v1/lists, POST /v1/lists/import)", "Lists"),
    ];

    /// <summary>Actions inside pages and the least role each needs (the role of the API endpoint doing the same).</summary>
    public static readonly IReadOnlyList<(string Action, Role Role)> Actions =
    [
        ("propose a decision on an alert", Role.Analyst),
        ("confirm or reject a proposal (not your own)", Role.Supervisor),
        ("propose to release or reject a payment", Role.Analyst),
        ("confirm or decline a proposal on a payment (not your own)", Role.Supervisor),
        ("read an alert's audit records", Role.Supervisor),
        ("upload a list version", Role.Admin),
    ];

    public const Role ProposeRole = Role.Analyst;
    public const Role ReviewRole = Role.Supervisor;
    public const Role AuditRole = Role.Supervisor;
    public const Role ImportRole = Role.Admin;

    static readonly Dictionary<string, ConsolePage> ByRoute = Pages.ToDictionary(p => p.Route, StringComparer.OrdinalIgnoreCase);

    /// <summary>The row for a route template; null when the page is not in the table.</summary>
    public static ConsolePage? Find(string? route) =>
        route is not null && ByRoute.TryGetValue(Normalize(route), out var page) ? page : null;

    static string Normalize(string route)
    {
        if (!route.StartsWith('/')) route = "/" + route;
        return route.Length > 1 ? route.TrimEnd('/') : route;
    }

    /// <summary>The table as Markdown, as docs/console.md shows it.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| Page | Least role | Purpose |\n|---|---|---|\n");
        foreach (var p in Pages) text.Append(CultureInfo.InvariantCulture, $"| `{p.Route}` | {Name(p.Role)} | {p.Purpose} |\n");
        text.Append("\n| Action inside a page | Least role |\n|---|---|\n");
        foreach (var (action, role) in Actions) text.Append(CultureInfo.InvariantCulture, $"| {action} | {Name(role)} |\n");
        return text.ToString();
    }

    public static string Name(Role? role) => role is { } r ? r.ToString().ToLowerInvariant() : "anyone";
}
