using Interdict.Matching.Screening;

namespace Interdict.Hosting.Screening;

/// <summary>Batch files screened by the deployment in the background (<c>POST /v1/batches</c>): stored, screened in
/// chunks, and their output read back in input order. A cluster's silos provide it (Interdict.Cluster); a single
/// process does not, and the HTTP API then says that batch files need cluster mode.</summary>
/// <remarks>The boundary between the server, which knows HTTP, and the cluster, which knows the batch tables: the
/// server does not reference Orleans. Implementations are thread-safe.</remarks>
public interface IBatchFiles
{
    /// <summary>Reads the file whole first (a line that is not CSV refuses it, nothing stored), then stores its rows as
    /// a batch, or finds the same batch stored before (the same file and settings: a request sent again after a lost
    /// answer), and returns its state.</summary>
    /// <param name="submission">The file and its settings.</param>
    /// <param name="cancellationToken">Cancels the storing; a batch cut short is completed by the same request sent again.</param>
    /// <exception cref="BatchInputException">The file cannot be read as a batch; the message names the line.</exception>
    Task<BatchFileState> SubmitAsync(BatchFileSubmission submission, CancellationToken cancellationToken);

    /// <summary>A batch's state; null for an unknown id.</summary>
    /// <param name="id">The batch.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<BatchFileState?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Writes a finished batch's output to <paramref name="output"/> in input order, one chunk at a time (never
    /// the whole output in memory): byte for byte what <c>screen --input</c> writes for the same file and settings.</summary>
    /// <param name="id">The batch, finished (<see cref="BatchFileState.Phase"/> <c>done</c>).</param>
    /// <param name="output">Where to write; written with asynchronous calls only.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="InvalidOperationException">The batch is not finished, or its stored chunks do not add up.</exception>
    Task WriteOutputAsync(long id, Stream output, CancellationToken cancellationToken);

    /// <summary>Drops a batch's stored rows and output (its record stays, as <c>collected</c>); a batch not finished
    /// stops being screened. False for an unknown id.</summary>
    /// <param name="id">The batch.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);
}

/// <summary>A batch file to screen.</summary>
/// <param name="Path">The uploaded file, saved (the caller deletes it afterwards).</param>
/// <param name="InputName">The file's name, in messages and the audit trail.</param>
/// <param name="Format">The output's format.</param>
/// <param name="Options">Threshold, lists, as-of date.</param>
public sealed record BatchFileSubmission(string Path, string InputName, BatchFormat Format, ScreeningOptions Options);

/// <summary>How far a batch file has come.</summary>
/// <param name="Id">The batch.</param>
/// <param name="InputName">The input file's name.</param>
/// <param name="InputSha256">The input's SHA-256, hex; null for a batch stored before it was recorded.</param>
/// <param name="Format">The output's format.</param>
/// <param name="Options">Threshold, lists (empty: every list), as-of date.</param>
/// <param name="Versions">The list versions it is screened against (<c>un 2026-02-27T00:00:09Z</c>).</param>
/// <param name="Rows">Its rows; null while they are being stored.</param>
/// <param name="RowsDone">Rows screened (a skipped bad row counts as done).</param>
/// <param name="Chunks">Its chunks; null while they are being stored.</param>
/// <param name="ChunksDone">Chunks screened.</param>
/// <param name="Silos">Silos that screened its chunks.</param>
/// <param name="Counts">Rows screened, with matches, skipped, and fields ignored, in the chunks screened so far.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="FinishedAt">When its last chunk was screened; null until then.</param>
/// <param name="Collected">Its data was dropped from the database: its output collected by <c>screen --cluster</c>, or the batch removed.</param>
/// <param name="Reports">Its bad rows' and warnings' reports, in input order, at most <see cref="MaxReports"/>; empty until it is done.</param>
public sealed record BatchFileState(long Id, string InputName, string? InputSha256, BatchFormat Format, ScreeningOptions Options, IReadOnlyList<string> Versions,
    long? Rows, long RowsDone, int? Chunks, int ChunksDone, int Silos, BatchFileCounts Counts, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt,
    bool Collected, IReadOnlyList<string> Reports)
{
    /// <summary>The most reports a state lists (all are counted).</summary>
    public const int MaxReports = 100;

    /// <summary><c>storing</c> (its rows are being stored), <c>screening</c>, <c>done</c> (its output can be read) or
    /// <c>collected</c> (its data dropped: written to its file by <c>screen --cluster</c>, or removed).</summary>
    public string Phase => Collected ? "collected" : Chunks is null ? "storing" : ChunksDone == Chunks ? "done" : "screening";
}

/// <summary>A batch's counts.</summary>
/// <param name="Screened">Rows screened.</param>
/// <param name="WithMatches">Rows with a match at the threshold.</param>
/// <param name="BadRows">Rows reported and skipped.</param>
/// <param name="Warnings">Fields ignored with a warning.</param>
public sealed record BatchFileCounts(long Screened, long WithMatches, long BadRows, long Warnings);
