using Interdict.Hosting.Customers;
using Interdict.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Interdict.Server.Health;

/// <summary>The service's health checks, on ASP.NET Core's health-check middleware: <c>/health/live</c> answers while
/// the process runs (no check: a liveness probe must not restart a server whose database is down), <c>/health/ready</c>
/// runs the checks tagged <see cref="Ready"/> (the database answers; the customers' index is built), and <c>/health</c>
/// keeps its JSON answer for the clients that read it.</summary>
static class ServiceHealth
{
    /// <summary>The tag of the checks a load balancer waits for before sending traffic.</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddServiceHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<CustomerIndexHealthCheck>("customer_index", tags: [Ready]);
        return services;
    }

    public static void MapServiceHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithName("HealthLive").WithSummary("Liveness: the process answers (no dependency is checked)").WithTags("Service");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) })
            .WithName("HealthReady").WithSummary("Readiness: the database answers and the customers' index is built (503 until then)").WithTags("Service");
    }
}

/// <summary>Healthy when the database answers a query within the check's time.</summary>
sealed class DatabaseHealthCheck(IInterdictStore store) : IHealthCheck
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var version = await store.PingAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{store.Provider.ToString().ToLowerInvariant()}, schema version {version}");
        }
        catch (Exception e) // any failure of the database is an unhealthy answer, never an error page
        {
            // The exception's message only: a readiness answer is anonymous, so no connection string or stack trace.
            return HealthCheckResult.Unhealthy($"{store.Provider.ToString().ToLowerInvariant()} does not answer: {e.GetType().Name}");
        }
    }
}

/// <summary>Healthy once the customers' reverse-screening index is built after a start.</summary>
sealed class CustomerIndexHealthCheck(CustomerMonitor customers) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(customers.IsReady
            ? HealthCheckResult.Healthy($"{customers.Count} customers indexed")
            : HealthCheckResult.Unhealthy("building: the customers are still being read from the database"));
}
