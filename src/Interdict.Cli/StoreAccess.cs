using System.CommandLine;
using Interdict.Hosting;
using Interdict.Storage;
using Microsoft.Extensions.Configuration;

namespace Interdict.Cli;

/// <summary>Opens the database the server in the same data folder uses (or PostgreSQL, when <c>Interdict__Postgres</c>
/// is set), migrated, for the commands that work on it directly without a server.</summary>
static class StoreAccess
{
    public static async Task<IInterdictStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = new InterdictOptions();
        configuration.GetSection(InterdictOptions.Section).Bind(options);
        options.DataDirectory = CliContext.DataDirectory(parse).FullName;
        var store = InterdictStores.Open(options, configuration, TimeProvider.System);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }
}
