using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Core.Screening;
using Interdict.Hosting.Csv;
using Interdict.Hosting.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Cli.Batch;

/// <summary>Screens a CSV file of parties into JSONL or CSV, streaming: memory stays flat however long the file.</summary>
/// <remarks>Rows are read in blocks, each block screened on all cores, and results written in input order.
/// A bad row (missing id or name, unknown type, bad date) is reported with its line number and skipped.</remarks>
sealed class BatchScreening(Screener screener, ScreeningOptions options)
{
    const int BlockSize = 4096;
    static readonly string[] RequiredColumns = ["id", "name"];

    /// <summary>Called after each block with the number of input bytes read so far.</summary>
    public Action<long>? Progress { get; set; }

    /// <summary>Receives each bad row's report.</summary>
    public Action<string>? BadRow { get; init; }

    public BatchSummary Run(string inputPath, string outputPath)
    {
        using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        var csv = new CsvRecordReader(reader);
        var header = csv.Read() ?? throw new BatchInputException($"{inputPath}: the file is empty; a header with columns id,name is required");
        var columns = Columns.From(header, inputPath);

        var tempPath = outputPath + ".partial";
        var format = OutputFormats.For(outputPath);
        var summary = new BatchSummary();
        using (var output = new StreamWriter(tempPath, false, new UTF8Encoding(false), 1 << 16))
        {
            if (format == OutputFormat.Csv) output.WriteLine("id,rank,list,ref,name,score,matched_name,explanation");
            var block = new List<CsvRecord>(BlockSize);
            var results = new string?[BlockSize];
            while (true)
            {
                block.Clear();
                for (CsvRecord? record; block.Count < BlockSize && (record = csv.Read()) is not null;) block.Add(record);
                if (block.Count == 0) break;
                Parallel.For(0, block.Count, i => results[i] = ScreenRow(block[i], columns, format, summary));
                for (var i = 0; i < block.Count; i++)
                {
                    if (results[i] is { } text) output.Write(text);
                }
                Progress?.Invoke(input.Position);
            }
        }
        File.Move(tempPath, outputPath, overwrite: true);
        return summary;
    }

    string? ScreenRow(CsvRecord record, Columns columns, OutputFormat format, BatchSummary summary)
    {
        if (!TryQuery(record, columns, out var id, out var query, out var error))
        {
            summary.AddBad();
            BadRow?.Invoke($"line {record.Line}: {error}; row skipped");
            return null;
        }
        var hits = screener.Screen(query!, options);
        summary.AddScreened(hits.Count > 0);
        return format == OutputFormat.Csv ? CsvLines(id!, hits) : JsonLine(id!, hits);
    }

    static bool TryQuery(CsvRecord record, Columns columns, out string? id, out PartyQuery? query, out string? error)
    {
        id = null;
        query = null;
        if (record.Error is not null)
        {
            error = record.Error;
            return false;
        }
        var fields = record.Fields;
        id = Columns.Get(fields, columns.Id);
        var name = Columns.Get(fields, columns.Name);
        if (string.IsNullOrWhiteSpace(id)) { error = "the id is empty"; return false; }
        if (string.IsNullOrWhiteSpace(name)) { error = "the name is empty"; return false; }
        if (!QueryFields.TryParseKind(Columns.Get(fields, columns.Type), out var kind, out error)) return false;
        if (!QueryFields.TryParseDateOfBirth(Columns.Get(fields, columns.DateOfBirth), out var dob, out error)) return false;
        query = new PartyQuery(name, kind) { DateOfBirth = dob, Nationality = Columns.Get(fields, columns.Nationality) };
        return true;
    }

    static string JsonLine(string id, IReadOnlyList<ScreeningHit> hits)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, MatchJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            MatchJson.WriteMatches(json, hits);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    static string CsvLines(string id, IReadOnlyList<ScreeningHit> hits)
    {
        var builder = new StringBuilder();
        if (hits.Count == 0) builder.Append(Csv(id)).Append(",0,,,,,,\n");
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            builder.Append(CultureInfo.InvariantCulture,
                $"{Csv(id)},{rank + 1},{hit.Entry.Source},{Csv(hit.Entry.Reference)},{Csv(hit.Entry.PrimaryName.Full)},{hit.Score.ToString("0.####", CultureInfo.InvariantCulture)},{Csv(hit.Explanation.MatchedName)},{Csv(hit.Explanation.Summary)}\n");
        }
        return builder.ToString();
    }

    static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Where the columns the batch reads are; -1 when an optional column is absent.</summary>
    sealed record Columns(int Id, int Name, int Type, int DateOfBirth, int Nationality)
    {
        public static Columns From(CsvRecord header, string path)
        {
            if (header.Error is not null) throw new BatchInputException($"{path}: line {header.Line}: the header is malformed: {header.Error}");
            var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
            foreach (var required in RequiredColumns)
            {
                if (!names.Contains(required)) throw new BatchInputException($"{path}: line 1: the header has no '{required}' column (columns id,name are required; type,dob,nationality optional)");
            }
            return new Columns(names.IndexOf("id"), names.IndexOf("name"), names.IndexOf("type"), names.IndexOf("dob"), names.IndexOf("nationality"));
        }

        public static string? Get(string[] fields, int column) => column >= 0 && column < fields.Length ? fields[column] : null;
    }
}

/// <summary>Counts of a batch run; safe to update from several threads.</summary>
sealed class BatchSummary
{
    int _screened, _withHits, _bad;

    public int Screened => _screened;
    public int WithHits => _withHits;
    public int BadRows => _bad;

    public void AddScreened(bool hit)
    {
        Interlocked.Increment(ref _screened);
        if (hit) Interlocked.Increment(ref _withHits);
    }

    public void AddBad() => Interlocked.Increment(ref _bad);
}

/// <summary>The input cannot be read as a batch at all (no header, missing column).</summary>
sealed class BatchInputException(string message) : Exception(message);

/// <summary>Output formats, chosen by the output file's extension.</summary>
enum OutputFormat
{
    /// <summary>One JSON object per input row (<c>.jsonl</c>, <c>.json</c>, <c>.ndjson</c>).</summary>
    JsonLines,
    /// <summary>One CSV row per match (<c>.csv</c>).</summary>
    Csv,
}

static class OutputFormats
{
    public static OutputFormat For(string path) =>
        string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Csv : OutputFormat.JsonLines;
}
