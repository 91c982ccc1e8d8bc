namespace Interdict.Hosting;

/// <summary>The service's settings, bound from the configuration section <c>Interdict</c> (environment variables
/// <c>Interdict__DataDirectory</c>, <c>Interdict__Limits__MaxBatchSize</c>, …; <c>INTERDICT_DATA</c> for the data folder).</summary>
public sealed class InterdictOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Interdict";

    /// <summary>The data folder: the SQLite database lives here. Default <c>./data</c>, or <c>$INTERDICT_DATA</c>.</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL is used instead of the SQLite file in the data folder.</summary>
    public string? Postgres { get; set; }

    /// <summary>Serve the UN list bundled with this build beside the stored versions. Default true. Turn it off to serve
    /// only imported versions (for example to replay the history of a list from its first version).</summary>
    public bool BundledList { get; set; } = true;

    /// <summary>How often, in seconds, to pick up what other processes of the deployment stored (several processes on
    /// one PostgreSQL database): list versions to serve, customers to monitor. Default 30; 0 turns it off.</summary>
    public int RefreshSeconds { get; set; } = 30;

    /// <summary>Every how many hours to screen every customer again against the lists in force (a periodic
    /// reconciliation; docs/api.md). Default 0: off.</summary>
    public double FullRescreenHours { get; set; }

    /// <summary>How long, in seconds, a process holds a job it runs before another process (or its own next start, after
    /// a crash) may take it over; renewed every third of it while the job runs. Default 30.</summary>
    public double JobLeaseSeconds { get; set; } = 30;

    /// <summary>Request and batch limits.</summary>
    public InterdictLimits Limits { get; set; } = new();

    /// <summary>How list imports judge a new version: the shrink guard.</summary>
    public InterdictListSettings Lists { get; set; } = new();

    /// <summary>How customers' owners are weighed: the ownership rule's threshold.</summary>
    public InterdictOwnershipSettings Ownership { get; set; } = new();

    /// <summary>The data folder as configured, else <c>$INTERDICT_DATA</c>, else <c>./data</c>, made absolute.</summary>
    public string ResolvedDataDirectory()
    {
        var folder = DataDirectory;
        if (string.IsNullOrWhiteSpace(folder)) folder = Environment.GetEnvironmentVariable("INTERDICT_DATA") ?? "";
        if (string.IsNullOrWhiteSpace(folder)) folder = "data";
        return Path.GetFullPath(folder);
    }
}
