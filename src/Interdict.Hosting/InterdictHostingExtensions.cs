using Interdict.Hosting.Checks;
using Interdict.Hosting.Lists;
using Interdict.Hosting.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Interdict.Hosting;

/// <summary>Composition of the Interdict services, shared by every host (the HTTP server, the CLI's commands that work
/// on the database).</summary>
public static class InterdictHostingExtensions
{
    /// <summary>Registers the options (section <c>Interdict</c>), the clock, the lists host, screening and checks,
    /// and the start-up work that loads the lists.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddInterdict(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<InterdictOptions>().BindConfiguration(InterdictOptions.Section)
            .Validate(o => o.Limits.MaxBatchSize > 0 && o.Limits.MaxRequestBodyBytes > 0 && o.Limits.MaxUploadBytes > 0
                && o.Limits.RequestTimeout > TimeSpan.Zero && o.Limits.ImportTimeout > TimeSpan.Zero, "Interdict:Limits must all be positive")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<ListHost>();
        services.AddSingleton<ListLoader>();
        services.AddSingleton<ScreeningMetrics>();
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<RulebookHost>();
        services.AddSingleton<CheckService>();
        services.AddHostedService<InterdictStartup>();
        return builder;
    }
}
