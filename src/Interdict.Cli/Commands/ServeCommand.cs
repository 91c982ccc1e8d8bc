using System.CommandLine;
using Interdict.Cluster;
using Interdict.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict serve [--urls URL] [--data DIR] [--cluster]</c>: runs the HTTP service (the same application as
/// Interdict.Server) until Ctrl+C; with <c>--cluster</c>, as a silo of an Interdict cluster (Interdict.Cluster), which
/// needs PostgreSQL.</summary>
static class ServeCommand
{
    static readonly Option<string?> UrlsOption = new("--urls") { Description = $"Where to listen (default {InterdictServer.DefaultUrl})" };
    static readonly Option<bool> NoBundledOption = new("--no-bundled-list") { Description = "Serve only list versions imported into the database, not the UN list bundled with this build" };
    static readonly Option<bool> ClusterOption = new("--cluster")
    {
        Description = "Join the cluster of silos sharing this PostgreSQL database (Interdict__Postgres; settings Interdict__Cluster__*: docs/architecture.md)",
    };

    public static Command Create(CliContext context)
    {
        _ = context;
        var command = new Command("serve", "Run the HTTP API (OpenAPI at /openapi/v1.json, reference at /scalar)") { UrlsOption, NoBundledOption, ClusterOption };
        command.SetAction(async (parse, cancellation) =>
        {
            var args = new List<string> { $"--Interdict:DataDirectory={CliContext.DataDirectory(parse).FullName}" };
            if (parse.GetValue(UrlsOption) is { } urls) args.Add($"--urls={urls}");
            if (parse.GetValue(NoBundledOption)) args.Add("--Interdict:BundledList=false");
            WebApplication app;
            try
            {
                app = InterdictServer.Build([.. args], parse.GetValue(ClusterOption) ? b => b.AddInterdictCluster() : null);
            }
            catch (ClusterConfigurationException e)
            {
                await Console.Error.WriteLineAsync($"interdict: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            await app.StartAsync(cancellation).ConfigureAwait(false);
            PrintWhereToGo(app.Urls);
            await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Says where the service answers, on standard error: standard output carries the log lines, which may be
    /// JSON read by a log shipper.</summary>
    static void PrintWhereToGo(ICollection<string> urls)
    {
        foreach (var url in urls)
        {
            var root = url.TrimEnd('/');
            Console.Error.WriteLine($"interdict: serving on {root}");
            Console.Error.WriteLine($"  API            {root}/v1/   (send 'Authorization: Bearer <key>'; `interdict keys create` makes one)");
            Console.Error.WriteLine($"  console        {root}/console");
            Console.Error.WriteLine($"  API reference  {root}/scalar/");
            Console.Error.WriteLine($"  health         {root}/health/ready");
        }
    }
}
