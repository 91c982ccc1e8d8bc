using System.Diagnostics;

namespace Interdict.Hosting;

/// <summary>Named moments of the durable work (a list import, a customer import) where the crash tests kill the process,
/// as <c>kill -9</c> would: set <c>INTERDICT_CRASH_AT</c> to a name and the process kills itself (SIGKILL: no
/// <c>finally</c>, no flush, no graceful stop) the first time it gets there. Unset, as in production, a point costs one
/// comparison with null.</summary>
public static class CrashPoints
{
    /// <summary>The environment variable that arms one point.</summary>
    public const string Variable = "INTERDICT_CRASH_AT";

    /// <summary>A list version, its import record and its update job committed; nothing of the job done yet.</summary>
    public const string ListVersionCommitted = "list.version-committed";
    /// <summary>The list update's alerts raised (with their record); removed entries' alerts not yet delisted.</summary>
    public const string ListAlertsRaised = "list.alerts-raised";
    /// <summary>The list update's alerts delisted (with their record); the job not yet marked done.</summary>
    public const string ListDelisted = "list.delisted";
    /// <summary>Imported customers, their import record and their screening job committed; nobody screened yet.</summary>
    public const string CustomersCommitted = "customers.committed";
    /// <summary>The imported customers screened and their alerts raised; the job not yet marked done.</summary>
    public const string CustomerAlertsRaised = "customers.alerts-raised";

    static readonly string? Armed = Environment.GetEnvironmentVariable(Variable);

    /// <summary>Kills the process here when this point is armed.</summary>
    /// <param name="name">The point (one of the constants).</param>
    public static void Reach(string name)
    {
        if (Armed is null || !string.Equals(Armed, name, StringComparison.Ordinal)) return;
        Console.Error.WriteLine($"{Variable}={name}: killing the process here");
        Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite); // the signal is on its way: nothing after this point may run
    }
}
