using Interdict.Hosting.Screening;
using Interdict.Server.Access;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Interdict.Server.Health;

/// <summary>What the service tells its operators: log lines (readable on a terminal, JSON lines otherwise), metrics on
/// <c>/metrics</c>, and traces sent to an OpenTelemetry collector when one is configured.</summary>
/// <remarks>
/// Settings: <c>Interdict:LogFormat</c> = <c>auto</c> (default: text when standard output is a terminal, JSON when it
/// is redirected, as under a service manager or a container), <c>text</c> or <c>json</c>. Tracing is on when an OTLP
/// endpoint is configured, by OpenTelemetry's own variable <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and the other <c>OTEL_*</c> variables the exporter reads) or by
/// <c>Interdict:OtlpEndpoint</c>; without one, no span is recorded at all.
/// </remarks>
static class ServiceTelemetry
{
    /// <summary>The service name spans and metrics carry.</summary>
    public const string ServiceName = "interdict";

    public static void Add(WebApplicationBuilder builder)
    {
        AddLogging(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(ScreeningMetrics.MeterName)
                .AddPrometheusExporter());
        var endpoint = builder.Configuration["Interdict:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return;
        telemetry.WithTracing(t => t
            // Probes and scrapes are not what an operator traces; they would drown the requests that matter.
            .AddAspNetCoreInstrumentation(o => o.Filter = c =>
                !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                && !c.Request.Path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase))
            .AddOtlpExporter(o =>
            {
                if (builder.Configuration["Interdict:OtlpEndpoint"] is { Length: > 0 } configured) o.Endpoint = new Uri(configured);
            }));
    }

    static void AddLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        var format = builder.Configuration["Interdict:LogFormat"]?.Trim().ToLowerInvariant() ?? "auto";
        var json = format switch
        {
            "json" => true,
            "text" => false,
            _ => System.Console.IsOutputRedirected,
        };
        if (json)
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; // without a format the JSON lines carry no time at all
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fffZ ";
            });
        }
        // One line per request at Information would cost more than the screening itself: the framework logs warnings
        // and up unless configured otherwise (Logging:LogLevel:Microsoft.AspNetCore=Information turns them back on).
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null) builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A request without a key is routine (a browser asks for /favicon.ico, a probe knocks): the authentication
        // handler's "challenged" lines are Information in ASP.NET Core, so they are raised to a Debug line of our own.
        var challenges = typeof(ApiKeyAuthenticationHandler).FullName!;
        if (builder.Configuration[$"Logging:LogLevel:{challenges}"] is null) builder.Logging.AddFilter(challenges, LogLevel.Warning);
    }
}
