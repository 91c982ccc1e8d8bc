using System.Globalization;
using System.Text;
using Interdict.Hosting.Screening;

namespace Interdict.Cluster.Batches;

/// <summary>Writes a finished batch's output from its chunks, in input order: the one assembler of <c>screen
/// --cluster</c>'s output file and of <c>GET /v1/batches/{id}/output</c>, so both are byte for byte what <c>screen</c>
/// writes in one process.</summary>
public static class BatchAssembly
{
    /// <summary>Writes the output chunk by chunk (a JSON document's first row without its comma), checking that each
    /// chunk accounts for each of its rows and that the chunks add up to the batch; only asynchronous writes (an HTTP
    /// response allows no others).</summary>
    /// <param name="batches">The batch tables.</param>
    /// <param name="batch">The batch, done.</param>
    /// <param name="format">Its output format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="chunkDone">Told of each chunk written, in order (its counts, its reports).</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="InvalidOperationException">The batch is not done, or its chunks do not add up.</exception>
    public static async Task WriteAsync(ClusterBatches batches, BatchState batch, BatchFormat format, Stream output, Action<ChunkDone>? chunkDone,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        if (!batch.Done || batch.Collected) throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Batch {batch.Id} has no output to read."));
        var batchId = batch.Id;
        var written = false;
        var expected = 0;
        var rowsRead = 0L;
        await output.WriteAsync(Encoding.UTF8.GetBytes(BatchRows.Start(format)), cancellationToken).ConfigureAwait(false);
        await foreach (var (seq, rows, done) in batches.OutputsAsync(batchId, cancellationToken).ConfigureAwait(false))
        {
            if (seq != expected++ || done.Screened + done.BadRows != rows)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Chunk {seq} of batch {batchId} accounts for {done.Screened + done.BadRows} of its {rows} rows."));
            }
            var text = done.Output.AsMemory();
            if (format == BatchFormat.Json && !written && text.Length > 0)
            {
                await output.WriteAsync(Encoding.UTF8.GetBytes(BatchRows.JsonSeparator(first: true)), cancellationToken).ConfigureAwait(false);
                text = text[BatchRows.JsonSeparator(first: false).Length..];
            }
            written |= done.Output.Length > 0;
            await output.WriteAsync(text, cancellationToken).ConfigureAwait(false);
            rowsRead += rows;
            chunkDone?.Invoke(done);
        }
        if (expected != batch.Chunks || rowsRead != batch.Rows)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Batch {batchId} has {batch.Chunks} chunks of {batch.Rows} rows; {expected} chunks of {rowsRead} rows were read back."));
        }
        await output.WriteAsync(Encoding.UTF8.GetBytes(BatchRows.End(format)), cancellationToken).ConfigureAwait(false);
    }
}
