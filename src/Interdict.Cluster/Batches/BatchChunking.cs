using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Interdict.Hosting;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Cluster.Batches;

/// <summary>How a batch file becomes a stored batch: its identity and its chunks. The one place for both, used by
/// <c>screen --cluster</c> and <c>POST /v1/batches</c> alike.</summary>
public static class BatchChunking
{
    /// <summary>The batch's identity: the input's content and every setting that changes the output (the chunk size
    /// too: a resumed batch must cut its chunks where the first run did), and who stores it (<paramref name="origin"/>:
    /// a batch sent over HTTP is never the one a command resumes and collects).</summary>
    /// <param name="inputSha256">The input's SHA-256, hex.</param>
    /// <param name="format">The output format.</param>
    /// <param name="options">Threshold, lists, date.</param>
    /// <param name="versions">The list versions screened against (<see cref="BatchRows.Versions"/>).</param>
    /// <param name="chunkRows">Rows per chunk.</param>
    /// <param name="origin">Null for the CLI (its identities stay as they were); <c>api</c> for the HTTP API.</param>
    public static string Identity(string inputSha256, BatchFormat format, ScreeningOptions options, string versions, int chunkRows, string? origin)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"input={inputSha256};format={format};threshold={options.Threshold:R};lists={string.Join(",", options.Lists)};as_of={options.AsOf:yyyy-MM-dd};versions={versions};chunk_rows={chunkRows}");
        if (origin is not null) text += ";origin=" + origin;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Stores the chunks not stored yet, each committed on its own so the silos start on the first at once,
    /// then seals the batch with its counts.</summary>
    /// <param name="batches">The batch tables.</param>
    /// <param name="batchId">The batch.</param>
    /// <param name="csv">The input, past its header.</param>
    /// <param name="stored">The batch as an interrupted run left it (its first chunks stored); null for a new one.</param>
    /// <param name="chunkRows">Rows per chunk.</param>
    /// <param name="cancellationToken">Cancels the storing (the chunks stored stay; storing again continues).</param>
    /// <exception cref="BatchInputException">The input has fewer rows than the interrupted run stored.</exception>
    public static async Task StoreAsync(ClusterBatches batches, long batchId, CsvRecordReader csv, BatchState? stored, int chunkRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(csv);
        var seq = stored?.ChunksStored ?? 0;
        var rows = stored?.RowsStored ?? 0;
        if (stored is not null && stored.LastSeq + 1 != stored.ChunksStored)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Batch {batchId} has {stored.ChunksStored} chunks stored but not chunks 0 to {stored.LastSeq}."));
        }
        // The interrupted run stored its chunks in order: their rows are the file's first ones.
        for (var skipped = 0L; skipped < rows; skipped++)
        {
            if (csv.Read() is null) throw new BatchInputException("cannot resume: the input has fewer rows than the interrupted run stored");
        }
        var chunk = new List<CsvRecord>(chunkRows);
        while (true)
        {
            chunk.Clear();
            for (CsvRecord? record; chunk.Count < chunkRows && (record = csv.Read()) is not null;) chunk.Add(record);
            if (chunk.Count == 0) break;
            await batches.AddChunkAsync(batchId, seq, chunk.Count, BatchChunkCodec.EncodeRows(chunk), cancellationToken).ConfigureAwait(false);
            CrashPoints.Reach(ClusterCrashPoints.BatchChunkStored);
            seq++;
            rows += chunk.Count;
        }
        await batches.SealAsync(batchId, seq, rows, cancellationToken).ConfigureAwait(false);
    }
}
