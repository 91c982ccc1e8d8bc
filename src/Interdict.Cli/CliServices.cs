using System.CommandLine;
using Interdict.Core.Access;
using Interdict.Hosting;
using Interdict.Hosting.Access;
using Interdict.Hosting.Checks;
using Interdict.Hosting.Customers;
using Interdict.Hosting.Lists;
using Interdict.Hosting.Screening;
using Interdict.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interdict.Cli;

/// <summary>The deployment in a data folder as the CLI sees it: the services of <c>interdict serve</c> (AddInterdict)
/// over the same database — the SQLite file of the data folder, or PostgreSQL when <c>Interdict__Postgres</c> is set —
/// with the same list versions (bundled, stored in the database, and an older data folder's <c>imported/</c>). A version
/// imported here is stored as the server stores one, so a running server picks it up; what the CLI screens and checks
/// is audited as the server's requests are.</summary>
/// <remarks>The host is built but never started: no background work (index builds, refreshes, schedules) runs in a
/// command. Open it once per process (<see cref="CliContext"/>), dispose it at the end, which flushes the audit.</remarks>
sealed class CliServices : IAsyncDisposable
{
    readonly IHost _host;

    CliServices(IHost host) => _host = host;

    /// <summary>The actor of everything the CLI does: the local user, with the rights of whoever can open the database.</summary>
    public static Actor Actor { get; } = new($"cli:{Environment.UserName}", Role.Admin);

    public ListHost Lists => _host.Services.GetRequiredService<ListHost>();
    public ListImporter Importer => _host.Services.GetRequiredService<ListImporter>();
    public ScreeningService Screening => _host.Services.GetRequiredService<ScreeningService>();
    public CheckService Checks => _host.Services.GetRequiredService<CheckService>();
    public Interdict.Hosting.Payments.PaymentService Payments => _host.Services.GetRequiredService<Interdict.Hosting.Payments.PaymentService>();
    public Interdict.Hosting.Payments.PaymentAlertService PaymentAlerts => _host.Services.GetRequiredService<Interdict.Hosting.Payments.PaymentAlertService>();
    public CustomerMonitor Customers => _host.Services.GetRequiredService<CustomerMonitor>();
    public IInterdictStore Store => _host.Services.GetRequiredService<IInterdictStore>();
    public IConfiguration Configuration => _host.Services.GetRequiredService<IConfiguration>();
    public InterdictOptions Options => _host.Services.GetRequiredService<IOptions<InterdictOptions>>().Value;

    /// <summary>Opens the data folder's database (migrated) and loads its lists.</summary>
    public static async Task<CliServices> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection([new($"{InterdictOptions.Section}:{nameof(InterdictOptions.DataDirectory)}", CliContext.DataDirectory(parse).FullName)]);
        // Standard output is the command's answer: the services' warnings and errors go to standard error.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter(level => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddInterdict();
        var host = builder.Build();
        var services = new CliServices(host);
        try
        {
            await services.Store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var options = host.Services.GetRequiredService<IOptions<InterdictOptions>>().Value;
            await StoredLists.LoadAsync(services.Store, host.Services.GetRequiredService<ListLoader>(), options, cancellationToken).ConfigureAwait(false);
            return services;
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable asynchronous) await asynchronous.DisposeAsync().ConfigureAwait(false);
        else _host.Dispose();
    }
}
