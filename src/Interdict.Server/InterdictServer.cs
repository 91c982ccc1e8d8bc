using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Interdict.Hosting;
using Interdict.Hosting.Customers;
using Interdict.Hosting.Screening;
using Interdict.Server.Access;
using Interdict.Server.Console;
using Interdict.Server.Endpoints;
using Interdict.Server.Health;
using Interdict.Server.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Timeouts;
using Scalar.AspNetCore;

namespace Interdict.Server;

/// <summary>The Interdict HTTP service: builds the web application that <c>interdict serve</c> and the server's own
/// entry point run. Program.cs and <see cref="Build"/> read as the service's table of contents.</summary>
public static class InterdictServer
{
    /// <summary>Where the server listens when no URL is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Builds the application from command-line style arguments (<c>--urls</c>, <c>--Interdict:DataDirectory=…</c>).</summary>
    /// <param name="args">Arguments for the configuration.</param>
    /// <param name="configure">Adds to the services after <c>AddInterdict</c> (a cluster silo: Interdict.Cluster); null for the single process.</param>
    /// <returns>The application, ready to run.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.AddInterdict();
        configure?.Invoke(builder);
        AddServer(builder);
        builder.AddInterdictConsole();
        var app = builder.Build();
        UseServer(app);
        app.UseInterdictConsole();
        MapEndpoints(app);
        return app;
    }

    static void AddServer(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(InterdictOptions.Section).Get<InterdictOptions>()?.Limits ?? new InterdictLimits();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<JobLostExceptionHandler>();
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddSingleton<IAuthorizationHandler, AccessRequirement>();
        builder.Services.AddAuthorization(o =>
        {
            // One policy for every endpoint, anonymous ones included: the access table decides (see AccessTable).
            var policy = new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).AddRequirements(new AccessRequirement()).Build();
            o.AddPolicy(AccessRequirement.Policy, policy);
            o.DefaultPolicy = policy;
            o.FallbackPolicy = policy;
        });
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Interdict API";
                document.Info.Description = "Sanctions screening, DPRK regime checks, customers with delta re-screening, alerts with four-eyes review, "
                    + "and a hash-chained audit trail. Send `Authorization: Bearer <key>`; roles and limits: docs/api.md.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(AccessResponses.Describe);
        });
        builder.Services.AddServiceHealth();
        ServiceTelemetry.Add(builder);
    }

    /// <summary>The JSON conventions of the API: snake_case names, enums as snake_case strings, unknown fields and
    /// duplicate keys refused (so a misspelt or repeated field is an error naming it, not silently ignored or
    /// overwritten), numbers only as numbers, text written as is, instants in UTC with a Z.</summary>
    internal static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new UtcTimeConverter());
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false; // {"name":"a","name":"b"}: which one was meant? Refused, naming it
    }

    static void UseServer(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMiddleware<BodySizeLimit>();
        app.UseMiddleware<RequestShape>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestTimeouts();
    }

    static void MapEndpoints(WebApplication app)
    {
        app.MapGet("/health", (CustomerMonitor customers) => TypedResults.Ok(new Contracts.HealthResult("ok", customers.IsReady ? "ready" : "building")))
            .WithName("Health").WithSummary("The server is up and its lists are loaded").WithTags("Service");
        app.MapServiceHealth();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapPrometheusScrapingEndpoint();
        app.MapScreening();
        app.MapChecks();
        app.MapPayments();
        app.MapPaymentAlerts();
        app.MapLists();
        app.MapRegime();
        app.MapCustomers();
        app.MapAlerts();
        app.MapAudit();
        app.MapKeys();
        app.MapYente();
        app.MapJobs();
        app.MapBatches();
    }
}
