namespace Interdict.Storage;

/// <summary>Interdict's persistent state: customers, alerts, the audit trail, API keys, list versions and jobs.</summary>
/// <remarks>Create one per process with InterdictStorage.Create, call <see cref="MigrateAsync"/> at
/// start, share it (it is thread-safe) and dispose it at shutdown, which flushes pending audit appends.</remarks>
public interface IInterdictStore : IAsyncDisposable
{
    /// <summary>The provider in use.</summary>
    StorageProvider Provider { get; }
    /// <summary>Customers.</summary>
    ICustomerStore Customers { get; }
    /// <summary>Alerts.</summary>
    IAlertStore Alerts { get; }
    /// <summary>Payment alerts: held and reviewed payments under four-eyes review.</summary>
    IPaymentAlertStore PaymentAlerts { get; }
    /// <summary>The audit trail.</summary>
    IAuditLog Audit { get; }
    /// <summary>API keys.</summary>
    IApiKeyStore Keys { get; }
    /// <summary>List versions.</summary>
    IListVersionStore Lists { get; }
    /// <summary>Recorded jobs (work that follows committed data and survives a crash).</summary>
    IJobStore Jobs { get; }

    /// <summary>Creates or upgrades the schema to the current version; safe to call on every start and
    /// from several processes at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Reads the schema's version: a round trip that proves the database answers (the readiness check).</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The highest migration applied; 0 when none is.</returns>
    Task<long> PingAsync(CancellationToken cancellationToken);
}
