using System.Globalization;
using System.Security.Cryptography;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Lists;
using Interdict.Hosting.Screening;
using Microsoft.Extensions.Options;

namespace Interdict.Cluster.Batches;

/// <summary>Batch files sent over HTTP (<c>POST /v1/batches</c>), screened by the silos as <c>screen --cluster</c>'s
/// are: the same chunks, the same workers, the same assembler (<see cref="BatchChunking"/>, <see cref="BatchAssembly"/>).</summary>
/// <remarks>A file is read whole before anything is stored: a line that is not CSV (a quote never closed, a NUL,
/// invalid UTF-8, a row too long) refuses it, naming the lines, with nothing stored. The CLI skips such a line with a
/// report instead; over HTTP the caller learns of a damaged file at once, not after the batch ran. A file accepted
/// here gives the CLI's output byte for byte (rows without an id or name are skipped and reported by both).</remarks>
sealed class ClusterBatchFiles(ClusterBatches batches, ListHost lists, IOptions<ClusterSettings> settings) : IBatchFiles
{
    /// <summary>How many unreadable lines a refusal names (all are counted).</summary>
    const int MaxLinesNamed = 10;

    public async Task<BatchFileState> SubmitAsync(BatchFileSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        // At least 1: checked when the silo started (AddInterdictCluster).
        var chunkRows = settings.Value.BatchChunkRows;
        var (inputSha256, header) = Check(submission.Path, submission.InputName);
        var options = submission.Options;
        var versions = BatchRows.Versions(lists.Current.Screener, options);
        var spec = new BatchSpec(BatchChunking.Identity(inputSha256, submission.Format, options, versions, chunkRows, origin: "api"), submission.InputName,
            BatchChunkCodec.EncodeHeader(header), submission.Format, options, versions, chunkRows)
        {
            InputSha256 = inputSha256,
        };
        // The same file and settings sent again (an answer lost, a request cut short while storing) is the same batch.
        var stored = await batches.FindUncollectedAsync(spec.Identity, cancellationToken).ConfigureAwait(false);
        var batchId = stored?.Id ?? await batches.CreateAsync(spec, cancellationToken).ConfigureAwait(false);
        if (stored?.Chunks is null)
        {
            using var input = OpenRead(submission.Path);
            using var csv = BatchInput.Open(input, submission.InputName, out _);
            await BatchChunking.StoreAsync(batches, batchId, csv, stored, chunkRows, cancellationToken).ConfigureAwait(false);
        }
        return await FindAsync(batchId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Batch {batchId} was stored and is gone.");
    }

    public async Task<BatchFileState?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var state = await batches.StateAsync(id, cancellationToken).ConfigureAwait(false);
        if (state is null) return null;
        var spec = await batches.SpecAsync(id, cancellationToken).ConfigureAwait(false);
        var overview = await batches.OverviewAsync(id, cancellationToken).ConfigureAwait(false);
        if (spec is null || overview is null) return null;
        var reports = state.Done && !state.Collected ? await batches.ReportsAsync(id, BatchFileState.MaxReports, cancellationToken).ConfigureAwait(false) : [];
        return new BatchFileState(id, spec.InputName, spec.InputSha256, spec.Format, spec.Options,
            spec.Versions.Split(',', StringSplitOptions.RemoveEmptyEntries), state.Rows, state.RowsDone, state.Chunks, state.ChunksDone, state.Silos,
            new BatchFileCounts(overview.Screened, overview.WithHits, overview.BadRows, overview.Warnings), overview.CreatedAt,
            state.Done ? overview.LastDoneAt ?? overview.CreatedAt : null, state.Collected, reports);
    }

    public async Task WriteOutputAsync(long id, Stream output, CancellationToken cancellationToken)
    {
        var state = await batches.StateAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"There is no batch {id}."));
        var spec = await batches.SpecAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Batch {id} has no record."));
        await BatchAssembly.WriteAsync(batches, state, spec.Format, output, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        if (await batches.StateAsync(id, cancellationToken).ConfigureAwait(false) is null) return false;
        // Collecting empties every chunk's output too: a chunk not screened yet is no longer open, and a silo screening
        // one now finds it taken when it stores (WHERE output IS NULL) and drops its copy.
        await batches.CollectAsync(id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Reads the file whole: its header, and every line as a record; returns its SHA-256 and header.</summary>
    /// <exception cref="BatchInputException">No usable header, or lines that cannot be read as CSV (named).</exception>
    static (string Sha256, CsvHeader Header) Check(string path, string inputName)
    {
        using var file = OpenRead(path);
        using var sha = SHA256.Create();
        CsvHeader header;
        var bad = new List<string>();
        var badLines = 0;
        using (var hashing = new CryptoStream(file, sha, CryptoStreamMode.Read, leaveOpen: true))
        {
            using (var csv = BatchInput.Open(hashing, inputName, out var rows))
            {
                header = rows.Header;
                for (CsvRecord? record; (record = csv.Read()) is not null;)
                {
                    if (record.Error is null) continue;
                    badLines++;
                    if (bad.Count < MaxLinesNamed) bad.Add(string.Create(CultureInfo.InvariantCulture, $"line {record.Line}: {record.Error}"));
                }
            }
            // The rest of the file (none, unless the reader stopped early) still counts in its hash.
            hashing.CopyTo(Stream.Null);
        }
        if (badLines > 0)
        {
            throw new BatchInputException(string.Create(CultureInfo.InvariantCulture,
                $"{inputName}: {string.Join("; ", bad)}{(badLines > bad.Count ? $"; {badLines - bad.Count} more line(s)" : "")}: the file cannot be read as CSV there; nothing was stored"));
        }
        return (Convert.ToHexStringLower(sha.Hash!), header);
    }

    static FileStream OpenRead(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
