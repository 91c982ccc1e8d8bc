namespace Interdict.Hosting;

/// <summary>Limits that protect the service from requests too big or too slow; documented in docs/api.md.</summary>
public sealed class InterdictLimits
{
    /// <summary>Largest request body in bytes for JSON endpoints (default 1 MiB); a larger body is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest upload in bytes for list and customer imports (default 256 MiB: the OFAC files are ~30 MB, a
    /// million customers ~100 MB of CSV).</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest batch file in bytes for <c>POST /v1/batches</c> (default 1 GiB: about 20 million rows of
    /// id,name); a larger one is refused with 413 before it is stored.</summary>
    public long MaxBatchFileBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Most queries (or checks) in one batch request (default 1,000); more is refused with 400.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>A request that runs longer than this is cancelled (default 30 s). Imports get <see cref="ImportTimeout"/>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for a list or customer import (default 10 minutes).</summary>
    public TimeSpan ImportTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
