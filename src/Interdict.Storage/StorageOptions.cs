namespace Interdict.Storage;

/// <summary>Where the store keeps its data. Bound from the <c>Interdict:Storage</c> configuration section by the host.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section the host binds.</summary>
    public const string Section = "Interdict:Storage";

    /// <summary>The provider; default <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file (created with its folder when missing); default <c>data/interdict.db</c>.
    /// The host usually sets it to <c>&lt;data folder&gt;/interdict.db</c>.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "interdict.db");

    /// <summary>The PostgreSQL connection string (Npgsql format: <c>Host=…;Username=…;Password=…;Database=…</c>);
    /// required when <see cref="Provider"/> is <see cref="StorageProvider.Postgres"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The PostgreSQL schema holding Interdict's tables (created when missing); default <c>interdict</c>.
    /// Several deployments or test runs can share a database with one schema each.</summary>
    public string Schema { get; set; } = "interdict";

    /// <summary>The audit anchor file (<see cref="AuditAnchorFile"/>): the chain's head after each committed batch, kept
    /// outside the database so a cut tail or an emptied table is detected; null for none. The host sets it to
    /// <c>&lt;data folder&gt;/audit-anchor.log</c>.</summary>
    public string? AuditAnchorPath { get; set; }

    /// <summary>Most audit records written in one transaction by the group-commit writer; default 1000.</summary>
    public int AuditBatchSize { get; set; } = 1000;
}
