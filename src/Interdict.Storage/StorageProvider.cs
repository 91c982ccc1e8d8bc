namespace Interdict.Storage;

/// <summary>The database behind the store.</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file in the data folder: the default, for a single process.</summary>
    Sqlite = 0,
    /// <summary>A PostgreSQL database: for several processes sharing one store.</summary>
    Postgres,
}
