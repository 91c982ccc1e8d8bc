using System.Globalization;
using System.Text;
using Interdict.Cli.Output;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Cli.Batch;

/// <summary>Screens a CSV file of parties into JSON Lines, a JSON document or CSV, streaming: memory stays flat however
/// long the file.</summary>
/// <remarks>
/// <para>Rows are read in chunks of <see cref="ChunkSize"/>, each chunk screened on all cores, and results written in
/// input order. A row without a usable id or name is reported with its line number and skipped; a bad optional field
/// (type, date of birth, nationality) is ignored with a warning naming the line and the field, and the name is still
/// screened.</para>
/// <para>The output is written to <c>OUTPUT.partial</c> and renamed to OUTPUT at the end, so OUTPUT is whole or
/// absent. After each chunk, <c>OUTPUT.progress</c> records how far the run has come (<see cref="BatchProgress"/>);
/// a run killed midway is continued with <c>resume</c> from its last completed chunk, and its output is byte for byte
/// the one an uninterrupted run writes. Both files are removed when the run completes.</para>
/// </remarks>
sealed class BatchScreening(Screener screener, ScreeningOptions options)
{
    /// <summary>Rows screened together, and the unit of progress a resume continues from.</summary>
    public const int ChunkSize = 4096;

    /// <summary>Called after each chunk with the number of input bytes read so far.</summary>
    public Action<long>? Progress { get; set; }

    /// <summary>Receives each bad row's and each warning's report, in input order.</summary>
    public Action<string>? Report { get; init; }

    /// <summary>Receives each screened row's id and hits, in input order (a table is drawn from them).</summary>
    public Action<string, IReadOnlyList<ScreeningHit>>? Screened { get; init; }

    /// <summary>Receives notes about the run itself (a resume, a discarded partial output).</summary>
    public Action<string>? Notice { get; init; }

    /// <summary>Screens <paramref name="inputPath"/> into <paramref name="outputPath"/>, in the format its extension names.</summary>
    /// <inheritdoc cref="Run(string, string, OutputFormat, bool)"/>
    public BatchSummary Run(string inputPath, string outputPath, bool resume) =>
        Run(inputPath, outputPath, FormatOf(outputPath), resume);

    /// <summary>Screens <paramref name="inputPath"/> into <paramref name="outputPath"/>.</summary>
    /// <param name="inputPath">The CSV file.</param>
    /// <param name="outputPath">The output file.</param>
    /// <param name="format">JSON Lines, a JSON document or CSV.</param>
    /// <param name="resume">Continue an interrupted run of the same input and settings, if one left its files.</param>
    /// <returns>The counts of the whole run (earlier attempts included when resumed).</returns>
    /// <exception cref="BatchInputException">The input cannot be read as a batch, or the run cannot be resumed.</exception>
    public BatchSummary Run(string inputPath, string outputPath, OutputFormat format, bool resume)
    {
        var partialPath = outputPath + ".partial";
        var progressPath = outputPath + ".progress";
        using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var csv = BatchInput.Open(input, inputPath, out var rows);
        var identity = BatchProgress.Identity(inputPath, Settings(format));
        var progress = resume ? Resumable(progressPath, partialPath, identity) : null;
        if (!resume && (File.Exists(partialPath) || File.Exists(progressPath)))
        {
            Notice?.Invoke($"an interrupted run's partial output {partialPath} is discarded (use --resume to continue it)");
        }

        var summary = new BatchSummary();
        using (var output = new FileStream(partialPath, progress is null ? FileMode.Create : FileMode.Open, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (progress is null)
            {
                output.Write(Encoding.UTF8.GetBytes(Header(format)));
                progress = new BatchProgress(identity, 0, output.Position, 0, 0, 0, 0);
            }
            else
            {
                // A kill after a chunk was written but before its progress was saved leaves that chunk's rows past
                // OutputBytes: they are cut off here and screened again.
                output.SetLength(progress.OutputBytes);
                output.Position = progress.OutputBytes;
                summary.Restore(progress);
                for (var skipped = 0L; skipped < progress.Rows; skipped++)
                {
                    if (csv.Read() is null) throw new BatchInputException($"{inputPath}: cannot resume: the input has fewer rows than the interrupted run had done; run again without --resume");
                }
                Notice?.Invoke(string.Create(CultureInfo.InvariantCulture,
                    $"resuming after {progress.Rows} row(s) done by an interrupted run ({progress.BadRows} bad row(s) and {progress.Warnings} warning(s) were reported then)"));
            }
            progress.Save(progressPath);
            ScreenAll(csv, rows, format, output, summary, progress.Rows, rows =>
            {
                progress = summary.Progress(identity, rows, output.Position);
                progress.Save(progressPath);
                Progress?.Invoke(input.Position);
            });
            output.Write(Encoding.UTF8.GetBytes(Footer(format)));
        }
        File.Move(partialPath, outputPath, overwrite: true);
        File.Delete(progressPath);
        return summary;
    }

    /// <summary>Screens a stream (standard input) into a stream (standard output), as it comes: nothing is kept
    /// beside it, so such a run cannot be resumed.</summary>
    /// <param name="input">The CSV text.</param>
    /// <param name="inputName">The input's name, in messages.</param>
    /// <param name="output">Where the results go.</param>
    /// <param name="format">JSON Lines, a JSON document or CSV.</param>
    /// <exception cref="BatchInputException">The input cannot be read as a batch.</exception>
    public BatchSummary Run(Stream input, string inputName, Stream output, OutputFormat format)
    {
        using var csv = BatchInput.Open(input, inputName, out var rows);
        var summary = new BatchSummary();
        output.Write(Encoding.UTF8.GetBytes(Header(format)));
        ScreenAll(csv, rows, format, output, summary, 0, _ => { });
        output.Write(Encoding.UTF8.GetBytes(Footer(format)));
        output.Flush();
        return summary;
    }

    /// <summary>Screens every row left in <paramref name="csv"/> a chunk at a time, writing each chunk's results in
    /// input order; <paramref name="chunkDone"/> is told the rows done after each chunk is written and flushed.</summary>
    void ScreenAll(CsvRecordReader csv, BatchRows batchRows, OutputFormat format, Stream output, BatchSummary summary, long rowsDone, Action<long> chunkDone)
    {
        var chunk = new List<CsvRecord>(ChunkSize);
        var rows = new BatchRow[ChunkSize];
        var encoder = new UTF8Encoding(false);
        // A JSON document's rows are separated by commas: the first row written has none (a resumed run has written some).
        var written = output is FileStream file && file.Position > Header(format).Length;
        while (true)
        {
            chunk.Clear();
            for (CsvRecord? record; chunk.Count < ChunkSize && (record = csv.Read()) is not null;) chunk.Add(record);
            if (chunk.Count == 0) break;
            Parallel.For(0, chunk.Count, i => rows[i] = ScreenRow(chunk[i], batchRows, format, summary));
            var block = new StringBuilder();
            for (var i = 0; i < chunk.Count; i++)
            {
                if (rows[i].Output is { } result)
                {
                    if (format == OutputFormat.Json) block.Append(BatchRows.JsonSeparator(first: !written));
                    block.Append(result);
                    written = true;
                    Screened?.Invoke(rows[i].Id!, rows[i].Hits!);
                }
                if (rows[i].Report is { } report) Report?.Invoke(report);
            }
            output.Write(encoder.GetBytes(block.ToString()));
            if (output is FileStream stream) stream.Flush(flushToDisk: true);
            else output.Flush();
            rowsDone += chunk.Count;
            chunkDone(rowsDone);
        }
    }

    static string Header(OutputFormat format) => BatchRows.Start(ToBatchFormat(format));

    static string Footer(OutputFormat format) => BatchRows.End(ToBatchFormat(format));

    /// <summary>The batch format of an output format (a table: no text, drawn from the hits).</summary>
    internal static BatchFormat ToBatchFormat(OutputFormat format) => format switch
    {
        OutputFormat.Csv => BatchFormat.Csv,
        OutputFormat.Json => BatchFormat.Json,
        OutputFormat.JsonLines => BatchFormat.JsonLines,
        _ => BatchFormat.None,
    };

    /// <summary>The format an output file's extension names (<c>.csv</c>, <c>.json</c>), else JSON Lines.</summary>
    static OutputFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => OutputFormat.Csv,
        ".json" => OutputFormat.Json,
        _ => OutputFormat.JsonLines,
    };

    /// <summary>The interrupted run to continue, or null to start afresh.</summary>
    BatchProgress? Resumable(string progressPath, string partialPath, string identity)
    {
        var progress = BatchProgress.Load(progressPath);
        if (progress is null || !File.Exists(partialPath))
        {
            Notice?.Invoke("no interrupted run to resume; starting from the first row");
            return null;
        }
        if (!string.Equals(progress.Input, identity, StringComparison.Ordinal))
        {
            throw new BatchInputException($"cannot resume: the input file or the settings (format, threshold, lists, list versions) changed since the interrupted run; run again without --resume to start over");
        }
        if (new FileInfo(partialPath).Length < progress.OutputBytes)
        {
            throw new BatchInputException($"cannot resume: {partialPath} is shorter than its progress record says; run again without --resume to start over");
        }
        return progress;
    }

    string Settings(OutputFormat format)
    {
        var versions = BatchRows.Versions(screener, options);
        return string.Create(CultureInfo.InvariantCulture,
            $"format={format};threshold={options.Threshold:R};lists={string.Join(",", options.Lists)};as_of={options.AsOf:yyyy-MM-dd};versions={versions}");
    }

    BatchRow ScreenRow(CsvRecord record, BatchRows rows, OutputFormat format, BatchSummary summary)
    {
        // A table is drawn from the hits, by whoever receives them (Screened): no text.
        var row = rows.Screen(record, screener, options, ToBatchFormat(format));
        summary.Add(row);
        return row;
    }
}

/// <summary>Counts of a batch run; safe to update from several threads.</summary>
sealed class BatchSummary
{
    int _screened, _withHits, _bad, _warnings;

    public int Screened => _screened;
    public int WithHits => _withHits;
    public int BadRows => _bad;
    public int Warnings => _warnings;

    /// <summary>Counts a row done.</summary>
    public void Add(BatchRow row)
    {
        if (row.Skipped)
        {
            AddBad();
            return;
        }
        if (row.Warnings > 0) AddWarnings(row.Warnings);
        AddScreened(row.Hits!.Count > 0);
    }

    public void AddScreened(bool hit)
    {
        Interlocked.Increment(ref _screened);
        if (hit) Interlocked.Increment(ref _withHits);
    }

    public void AddBad() => Interlocked.Increment(ref _bad);

    /// <summary>Counts a chunk screened elsewhere (a cluster's silo).</summary>
    public void AddChunk(int screened, int withHits, int bad, int warnings)
    {
        Interlocked.Add(ref _screened, screened);
        Interlocked.Add(ref _withHits, withHits);
        Interlocked.Add(ref _bad, bad);
        Interlocked.Add(ref _warnings, warnings);
    }

    public void AddWarnings(int count) => Interlocked.Add(ref _warnings, count);

    /// <summary>Takes the counts an interrupted run had reached.</summary>
    public void Restore(BatchProgress progress) =>
        (_screened, _withHits, _bad, _warnings) = (progress.Screened, progress.WithHits, progress.BadRows, progress.Warnings);

    /// <summary>The progress record after <paramref name="rows"/> rows.</summary>
    public BatchProgress Progress(string identity, long rows, long outputBytes) =>
        new(identity, rows, outputBytes, _screened, _withHits, _bad, _warnings);
}

