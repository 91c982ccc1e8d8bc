using Interdict.Storage;
using Microsoft.Extensions.Configuration;

namespace Interdict.Hosting;

/// <summary>Opens the store the configuration names: the SQLite file <c>interdict.db</c> in the data folder by default,
/// PostgreSQL when <c>Interdict:Postgres</c> (a connection string) is set. Shared by the server and the CLI's
/// <c>keys</c> and <c>audit</c> commands, so both always open the same database.</summary>
public static class InterdictStores
{
    /// <summary>The database file name inside the data folder.</summary>
    public const string SqliteFileName = "interdict.db";

    /// <summary>The storage settings for <paramref name="options"/>, with <c>Interdict:Storage</c> settings applied on top.</summary>
    /// <param name="options">The service options.</param>
    /// <param name="configuration">The configuration (for <c>Interdict:Storage:Schema</c>, <c>AuditBatchSize</c>).</param>
    /// <returns>The settings.</returns>
    public static StorageOptions Settings(InterdictOptions options, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var storage = new StorageOptions();
        configuration?.GetSection(StorageOptions.Section).Bind(storage);
        if (!string.IsNullOrWhiteSpace(options.Postgres))
        {
            storage.Provider = StorageProvider.Postgres;
            storage.ConnectionString = options.Postgres;
        }
        if (storage.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(configuration?[$"{StorageOptions.Section}:SqlitePath"]))
        {
            storage.SqlitePath = Path.Combine(options.ResolvedDataDirectory(), SqliteFileName);
        }
        if (string.IsNullOrWhiteSpace(storage.AuditAnchorPath))
        {
            // Also with PostgreSQL: the anchor is worth most on a disk the database's users cannot write.
            storage.AuditAnchorPath = Path.Combine(options.ResolvedDataDirectory(), AuditAnchorFile.FileName);
        }
        return storage;
    }

    /// <summary>Opens the store (not yet migrated: call <see cref="IInterdictStore.MigrateAsync"/>).</summary>
    /// <param name="options">The service options.</param>
    /// <param name="configuration">The configuration, if any.</param>
    /// <param name="clock">The time source for stored timestamps.</param>
    /// <returns>The store; dispose it at the end.</returns>
    public static IInterdictStore Open(InterdictOptions options, IConfiguration? configuration, TimeProvider clock) =>
        InterdictStorage.Create(Settings(options, configuration), clock);
}
