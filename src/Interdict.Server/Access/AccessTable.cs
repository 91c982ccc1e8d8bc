using System.Globalization;
using System.Text;
using Interdict.Core.Access;

namespace Interdict.Server.Access;

/// <summary>THE access table: every endpoint of the service and the least role that may call it. Roles are ordered —
/// screener &lt; analyst &lt; supervisor &lt; admin — and each includes those before it. The authorization handler
/// reads only this table (an endpoint missing from it is refused to everyone), a test walks it with a key of every role,
/// and docs/api.md shows it as rendered by <see cref="Markdown"/> (a test keeps the two equal).</summary>
static class AccessTable
{
    public static readonly IReadOnlyList<EndpointAccess> Entries =
    [
        new("GET", "/health", null, "Up, lists loaded; whether the customers' index is still being built (JSON)"),
        new("GET", "/health/live", null, "Liveness probe: the process answers (ASP.NET Core health checks)"),
        new("GET", "/health/ready", null, "Readiness probe: the database answers and the customers' index is built (503 until then)"),
        new("GET", "/openapi/{documentName}.json", null, "The OpenAPI document (v1)"),
        new("GET", "/scalar/{documentName?}", null, "The API reference page (served locally)"),
        new("GET", "/scalar/scalar.js", null, "The reference page's script (served locally, no CDN)"),
        new("GET", "/scalar/scalar.aspnetcore.js", null, "The reference page's configuration script"),
        new("GET", "/scalar/favicon.svg", null, "The reference page's icon"),
        new("GET", "/", null, "Leads to the console (a redirect to /console, which signs in)"),
        new("GET", "/favicon.ico", null, "The console's icon"),
        new("GET", "/metrics", Role.Admin, "Prometheus metrics (OpenTelemetry)"),
        new("POST", "/v1/screen", Role.Screener, "Screen one name"),
        new("POST", "/v1/screen/batch", Role.Screener, "Screen a batch of names"),
        new("POST", "/v1/screen/text", Role.Screener, "Find every listed name inside a text"),
        new("POST", "/v1/check", Role.Screener, "Decide one trade check"),
        new("POST", "/v1/check/batch", Role.Screener, "Decide a batch of checks"),
        new("POST", "/v1/payments/screen", Role.Screener, "Screen payment messages (raw ISO 20022 XML or SWIFT MT)"),
        new("GET", "/v1/lists", Role.Screener, "Lists and their versions"),
        new("POST", "/v1/lists/import", Role.Admin, "Import a list version (file upload); re-screens customers"),
        new("GET", "/v1/lists/{source}/diff", Role.Screener, "Diff between two versions of a list"),
        new("GET", "/v1/lists/{source}/entries/{reference}", Role.Screener, "One listed entry and its history"),
        new("GET", "/v1/lists/{source}/export", Role.Screener, "A loaded list as FollowTheMoney JSON lines (format=ftm)"),
        new("GET", "/v1/regime/timeline", Role.Screener, "The regime's timeline of measures"),
        new("GET", "/v1/regime/measures/{id}", Role.Screener, "One measure"),
        new("GET", "/v1/regime/scenarios/{proposal}", Role.Screener, "What a proposal would lift"),
        new("GET", "/v1/customers", Role.Analyst, "List customers (paged)"),
        new("POST", "/v1/customers", Role.Analyst, "Create a customer (screened at once)"),
        new("GET", "/v1/customers/{id}", Role.Analyst, "One customer"),
        new("PUT", "/v1/customers/{id}", Role.Analyst, "Update a customer (screened again when changed)"),
        new("POST", "/v1/customers/import", Role.Analyst, "Bulk import customers from CSV (screened at once)"),
        new("POST", "/v1/customers/rescreen", Role.Admin, "Screen every customer again against the lists in force (raises alerts)"),
        new("GET", "/v1/alerts", Role.Analyst, "List alerts with filters (paged)"),
        new("GET", "/v1/alerts/{id}", Role.Analyst, "One alert with its history"),
        new("POST", "/v1/alerts/{id}/propose", Role.Analyst, "Propose a decision (first pair of eyes)"),
        new("POST", "/v1/alerts/{id}/confirm", Role.Supervisor, "Confirm a proposal (second pair of eyes, not the proposer)"),
        new("POST", "/v1/alerts/{id}/reject", Role.Supervisor, "Reject a proposal (not the proposer)"),
        new("GET", "/v1/payments/alerts", Role.Analyst, "List payment alerts (held and reviewed payments) with filters (paged)"),
        new("GET", "/v1/payments/alerts/{id}", Role.Analyst, "One payment alert with the message's fields and its history"),
        new("POST", "/v1/payments/alerts/{id}/propose", Role.Analyst, "Propose release or reject (first pair of eyes)"),
        new("POST", "/v1/payments/alerts/{id}/confirm", Role.Supervisor, "Confirm a release or rejection (second pair of eyes, not the proposer)"),
        new("POST", "/v1/payments/alerts/{id}/decline", Role.Supervisor, "Decline a proposal on a payment (not the proposer)"),
        new("GET", "/v1/audit", Role.Supervisor, "Query the audit trail (paged)"),
        new("GET", "/v1/audit/verify", Role.Supervisor, "Verify the audit hash chain"),
        new("GET", "/v1/keys", Role.Admin, "List API keys (never the secrets)"),
        new("POST", "/v1/keys", Role.Admin, "Create an API key (shown once)"),
        new("DELETE", "/v1/keys/{id}", Role.Admin, "Revoke an API key"),
        new("POST", "/match/{dataset}", Role.Screener, "yente-compatible: match FtM example entities (yente's request and answer)"),
        new("GET", "/search/{dataset}", Role.Screener, "yente-compatible: search entities by name, with facets"),
        new("GET", "/entities/{id}", Role.Screener, "yente-compatible: one listed party as an FtM entity, sanctions and links nested"),
        new("GET", "/v1/jobs", Role.Analyst, "The jobs not finished yet (list updates' re-screens, customer imports, full re-screens)"),
        new("GET", "/v1/jobs/{id}", Role.Analyst, "One job: state, progress (in a cluster: shards finished) and outcome"),
        new("POST", "/v1/batches", Role.Analyst, "Screen a batch file (CSV) across the cluster in the background (cluster mode)"),
        new("GET", "/v1/batches/{id}", Role.Analyst, "One batch file: state, rows and chunks done, list versions"),
        new("GET", "/v1/batches/{id}/output", Role.Analyst, "A finished batch file's output in input order (streamed)"),
        new("DELETE", "/v1/batches/{id}", Role.Analyst, "Drop a batch file's stored rows and output (an unfinished one stops)"),
    ];

    static readonly Dictionary<(string, string), EndpointAccess> ByRoute =
        Entries.ToDictionary(e => (e.Method, e.Route));

    /// <summary>The row for a method and route pattern; null when the endpoint is not in the table.</summary>
    public static EndpointAccess? Find(string method, string? route) =>
        route is not null && ByRoute.TryGetValue((method, Normalize(route)), out var access) ? access : null;

    /// <summary>A route pattern as the table writes it: with a leading slash, without a trailing one (a route group's
    /// root, <c>MapPost("")</c> under <c>/v1/screen</c>, comes out as <c>/v1/screen/</c>).</summary>
    public static string Normalize(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!route.StartsWith('/')) route = "/" + route;
        return route.Length > 1 ? route.TrimEnd('/') : route;
    }

    /// <summary>The table as Markdown, as docs/api.md shows it.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| Method | Route | Least role | Purpose |\n|---|---|---|---|\n");
        foreach (var e in Entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {e.Method} | `{e.Route}` | {(e.Role is { } role ? role.ToString().ToLowerInvariant() : "anonymous")} | {e.Purpose} |\n");
        }
        return text.ToString();
    }
}
