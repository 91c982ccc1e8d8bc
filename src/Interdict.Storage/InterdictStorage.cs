using Interdict.Storage.Sql;

namespace Interdict.Storage;

/// <summary>Creates the store for the configured provider.</summary>
public static class InterdictStorage
{
    /// <summary>Creates a store (no I/O yet); call <see cref="IInterdictStore.MigrateAsync"/> before use.</summary>
    /// <param name="options">Provider and location.</param>
    /// <param name="clock">The time source for every stored timestamp.</param>
    /// <exception cref="ArgumentException">PostgreSQL without a connection string, or a bad schema name.</exception>
    public static IInterdictStore Create(StorageOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.AuditBatchSize, 1, nameof(options));
        Database database = options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteDatabase(options.SqlitePath),
            StorageProvider.Postgres => new PostgresDatabase(
                string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? throw new ArgumentException($"{StorageOptions.Section}:ConnectionString is required for the PostgreSQL provider.", nameof(options))
                    : options.ConnectionString,
                options.Schema),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
        var anchor = string.IsNullOrWhiteSpace(options.AuditAnchorPath) ? null : new AuditAnchorFile(options.AuditAnchorPath);
        return new SqlInterdictStore(database, clock, options.AuditBatchSize, anchor);
    }

    /// <summary>Creates a store and applies its migrations.</summary>
    public static async Task<IInterdictStore> OpenAsync(StorageOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var store = Create(options, clock);
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
