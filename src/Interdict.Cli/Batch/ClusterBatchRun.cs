using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Interdict.Cli.Output;
using Interdict.Cluster;
using Interdict.Cluster.Batches;
using Interdict.Hosting;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;
using Interdict.Storage;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Spectre.Console;

namespace Interdict.Cli.Batch;

/// <summary><c>screen --input FILE --output FILE --cluster</c>: the batch screened by a running cluster's silos
/// (<see cref="ClusterBatches"/>): this process stores the input in chunks, shows the progress, and writes the output
/// from the chunks in input order — byte for byte what <c>screen</c> writes in one process for the same input, lists
/// and options.</summary>
/// <remarks>Resumable: the batch's identity is the SHA-256 of the input and the settings, so the same command run again
/// after this process was killed (at any moment) finds the batch, stores the chunks it had not, waits for the silos
/// (who went on screening meanwhile) and writes the output. The output file is written whole or not at all
/// (<c>OUTPUT.partial</c>, renamed at the end).</remarks>
sealed class ClusterBatchRun(CliServices services, Screener screener, ScreeningOptions options)
{
    /// <summary>How often the progress is read from the database.</summary>
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <summary>How long without a chunk screened before the run checks that silos are still there.</summary>
    static readonly TimeSpan NoSiloPatience = TimeSpan.FromSeconds(30);

    /// <summary>Receives each bad row's and each warning's report, in input order.</summary>
    public Action<string>? Report { get; init; }

    /// <summary>Receives notes about the run itself (the batch created or resumed, the silos).</summary>
    public Action<string>? Notice { get; init; }

    /// <summary>Screens <paramref name="inputPath"/> into <paramref name="outputPath"/> on the cluster.</summary>
    /// <param name="inputPath">The CSV file.</param>
    /// <param name="outputPath">The output file.</param>
    /// <param name="format">JSON Lines, a JSON document or CSV.</param>
    /// <param name="inputHash">The input's SHA-256, hex.</param>
    /// <param name="cancellationToken">Cancels waiting (the batch goes on on the silos; run again to collect it).</param>
    /// <exception cref="ClusterConfigurationException">No PostgreSQL configured, or a bad setting.</exception>
    /// <exception cref="ClusterUnavailableException">No silo of the cluster is running, or the database cannot be reached.</exception>
    /// <exception cref="BatchInputException">The input cannot be read as a batch.</exception>
    public async Task<BatchSummary> RunAsync(string inputPath, string outputPath, OutputFormat format, string inputHash, CancellationToken cancellationToken)
    {
        var storage = InterdictStores.Settings(services.Options, services.Configuration);
        if (storage.Provider != StorageProvider.Postgres || string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new ClusterConfigurationException(
                "screen --cluster needs PostgreSQL: the cluster's silos share its database, and the batch's chunks go through it. Set Interdict__Postgres "
                + "to the connection string the silos use (and Interdict__Storage__Schema if they set it); without --cluster the batch runs in this process.");
        }
        var settings = services.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        if (settings.BatchChunkRows < 1) throw new ClusterConfigurationException($"{ClusterSettings.Section}:BatchChunkRows must be at least 1, not {settings.BatchChunkRows}.");
        await using var batches = new ClusterBatches(storage.ConnectionString, storage.Schema);
        int silos;
        try
        {
            silos = await batches.ActiveSilosAsync(settings.ClusterId, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new ClusterUnavailableException($"screen --cluster cannot reach PostgreSQL ({e.Message}): the cluster's database must be up.");
        }
        if (silos == 0)
        {
            throw new ClusterUnavailableException(
                $"screen --cluster needs a running cluster: no silo of cluster '{settings.ClusterId}' is active on this database (schema {storage.Schema}). "
                + "Start silos with `interdict serve --cluster` (scripts/cluster-local starts three on this machine), or run without --cluster.");
        }

        var batchFormat = BatchScreening.ToBatchFormat(format);
        using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var csv = BatchInput.Open(input, inputPath, out var rows);
        var versions = BatchRows.Versions(screener, options);
        var spec = new BatchSpec(BatchChunking.Identity(inputHash, batchFormat, options, versions, settings.BatchChunkRows, origin: null), Path.GetFileName(inputPath),
            BatchChunkCodec.EncodeHeader(rows.Header), batchFormat, options, versions, settings.BatchChunkRows)
        {
            InputSha256 = inputHash,
        };
        var state = await batches.FindUncollectedAsync(spec.Identity, cancellationToken).ConfigureAwait(false);
        var batchId = state?.Id ?? await batches.CreateAsync(spec, cancellationToken).ConfigureAwait(false);
        Notice?.Invoke(state is null
            ? string.Create(CultureInfo.InvariantCulture, $"batch {batchId} on {silos} silo(s), {settings.BatchChunkRows} rows a chunk")
            : string.Create(CultureInfo.InvariantCulture,
                $"resuming batch {batchId} of an interrupted run: {state.ChunksStored} chunk(s) stored, {state.ChunksDone} screened; {silos} silo(s)"));
        if (state?.Chunks is null) await BatchChunking.StoreAsync(batches, batchId, csv, state, settings.BatchChunkRows, cancellationToken).ConfigureAwait(false);
        await WaitAsync(batches, batchId, settings.ClusterId, cancellationToken).ConfigureAwait(false);
        var done = await batches.StateAsync(batchId, cancellationToken).ConfigureAwait(false);
        var summary = await AssembleAsync(batches, done!, outputPath, batchFormat, cancellationToken).ConfigureAwait(false);
        await batches.CollectAsync(batchId, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>Waits until every chunk is screened, showing rows and chunks done and the rate: a bar on a terminal, a
    /// line every few seconds on standard error otherwise.</summary>
    async Task WaitAsync(ClusterBatches batches, long batchId, string clusterId, CancellationToken cancellationToken)
    {
        var first = await batches.StateAsync(batchId, cancellationToken).ConfigureAwait(false);
        if (first!.Done) return;
        if (CliOutput.IsTerminal)
        {
            await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("screening", maxValue: Math.Max(1, first.Rows ?? 1));
                    await PollAsync(batches, batchId, clusterId, (state, rate) =>
                    {
                        task.MaxValue = Math.Max(1, state.Rows ?? 1);
                        task.Value = state.RowsDone;
                        task.Description = Describe(state, rate);
                    }, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            return;
        }
        var lastLine = Stopwatch.StartNew();
        await PollAsync(batches, batchId, clusterId, (state, rate) =>
        {
            if (lastLine.Elapsed < TimeSpan.FromSeconds(5) && !state.Done) return;
            lastLine.Restart();
            Notice?.Invoke(Describe(state, rate));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the progress until the batch is done; gives up when no chunk was screened for a while and no silo
    /// of the cluster is active (the batch stays: the same command resumes it once silos run).</summary>
    static async Task PollAsync(ClusterBatches batches, long batchId, string clusterId, Action<BatchState, double> show, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var sinceChange = Stopwatch.StartNew();
        long? startRows = null;
        var lastChunks = -1;
        while (true)
        {
            var state = await batches.StateAsync(batchId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Batch {batchId} is gone from the database.");
            startRows ??= state.RowsDone;
            if (state.ChunksDone != lastChunks)
            {
                lastChunks = state.ChunksDone;
                sinceChange.Restart();
            }
            else if (sinceChange.Elapsed > NoSiloPatience)
            {
                sinceChange.Restart();
                if (await batches.ActiveSilosAsync(clusterId, cancellationToken).ConfigureAwait(false) == 0)
                {
                    throw new ClusterUnavailableException(string.Create(CultureInfo.InvariantCulture,
                        $"no silo of cluster '{clusterId}' is active and batch {batchId} has {state.ChunksDone} of {state.Chunks} chunks screened; it is kept: run the same command again once silos run, and it resumes."));
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            show(state, seconds > 0 ? (state.RowsDone - startRows.Value) / seconds : 0);
            if (state.Done) return;
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    static string Describe(BatchState state, double rate) => string.Create(CultureInfo.InvariantCulture,
        $"batch {state.Id}: {state.RowsDone:N0}/{(state.Rows is { } rows ? rows.ToString("N0", CultureInfo.InvariantCulture) : state.RowsStored.ToString("N0", CultureInfo.InvariantCulture) + "+")} rows, {state.ChunksDone}/{(state.Chunks?.ToString(CultureInfo.InvariantCulture) ?? state.ChunksStored.ToString(CultureInfo.InvariantCulture) + "+")} chunks, {rate:N0} rows/s, {state.Silos} silo(s)");

    /// <summary>Writes the output file from the chunks in order (<see cref="BatchAssembly"/>), whole or not at all
    /// (<c>OUTPUT.partial</c>, renamed at the end); reports the bad rows and warnings in input order.</summary>
    async Task<BatchSummary> AssembleAsync(ClusterBatches batches, BatchState batch, string outputPath, BatchFormat format, CancellationToken cancellationToken)
    {
        var partialPath = outputPath + ".partial";
        var summary = new BatchSummary();
        await using (var output = new FileStream(partialPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await BatchAssembly.WriteAsync(batches, batch, format, output, done =>
            {
                summary.AddChunk(done.Screened, done.WithHits, done.BadRows, done.Warnings);
                foreach (var report in Encoding.UTF8.GetString(done.Reports).Split(ChunkScreening.ReportSeparator, StringSplitOptions.RemoveEmptyEntries)) Report?.Invoke(report);
            }, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            output.Flush(flushToDisk: true);
        }
        File.Move(partialPath, outputPath, overwrite: true);
        return summary;
    }
}

/// <summary>The cluster a command needs is not running, or its database cannot be reached.</summary>
sealed class ClusterUnavailableException(string message) : Exception(message);
