using Interdict.Hosting.Alerts;
using Interdict.Hosting.Checks;
using Interdict.Hosting.Customers;
using Interdict.Hosting.Jobs;
using Interdict.Hosting.Lists;
using Interdict.Hosting.Screening;
using Interdict.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Interdict.Hosting;

/// <summary>Composition of the Interdict services, shared by every host.</summary>
public static class InterdictHostingExtensions
{
    /// <summary>Registers the options (section <c>Interdict</c>), the clock, the store (migrated at start), the lists host,
    /// screening, checks, customers with their reverse-screening index, alerts, list imports, and the start-up work
    /// that loads the lists and builds the indexes before the host serves.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddInterdict(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<InterdictOptions>().BindConfiguration(InterdictOptions.Section)
            .Validate(o => o.Limits.MaxBatchSize > 0 && o.Limits.MaxRequestBodyBytes > 0 && o.Limits.MaxUploadBytes > 0
                && o.Limits.RequestTimeout > TimeSpan.Zero && o.Limits.ImportTimeout > TimeSpan.Zero, "Interdict:Limits must all be positive")
            .Validate(o => o.Lists.MaxShrinkShare is >= 0 and <= 1, "Interdict:Lists:MaxShrinkShare must be between 0 and 1")
            .Validate(o => o.Ownership.Threshold is > 0 and <= 100, "Interdict:Ownership:Threshold must be above 0 and at most 100")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(sp => InterdictStores.Open(sp.GetRequiredService<IOptions<InterdictOptions>>().Value, configuration, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<IInterdictStore>().Audit);
        services.AddSingleton(sp => sp.GetRequiredService<IInterdictStore>().Customers);
        services.AddSingleton(sp => sp.GetRequiredService<IInterdictStore>().Alerts);
        services.AddSingleton(sp => sp.GetRequiredService<IInterdictStore>().PaymentAlerts);
        services.AddSingleton(sp => sp.GetRequiredService<IInterdictStore>().Keys);
        services.AddSingleton(sp => sp.GetRequiredService<IInterdictStore>().Lists);
        services.AddSingleton(sp => sp.GetRequiredService<IInterdictStore>().Jobs);
        services.AddSingleton<JobRunner>();
        services.AddSingleton<ListHost>();
        services.AddSingleton<ListLoader>();
        services.AddSingleton<ListImporter>();
        services.AddSingleton<ScreeningMetrics>();
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<RulebookHost>();
        services.AddSingleton<CheckService>();
        services.AddSingleton<Interdict.Hosting.Payments.PaymentService>();
        services.AddSingleton<Interdict.Hosting.Payments.PaymentAlertService>();
        services.AddSingleton<CustomerMonitor>();
        services.AddSingleton<CustomerOwnership>();
        services.AddSingleton<ICustomerRescreening, LocalRescreening>();
        services.AddSingleton<CustomerService>();
        services.AddSingleton<AlertService>();
        services.AddHostedService<InterdictStartup>();
        services.AddSingleton<SharedStateRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<SharedStateRefresher>());
        services.AddHostedService<ScheduledRescreen>();
        services.AddHostedService<ListsComingIntoForce>();
        // After InterdictStartup: the jobs it resumes need the lists loaded.
        services.AddHostedService<JobResumer>();
        return builder;
    }
}
