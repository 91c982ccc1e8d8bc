using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Core.Customers;
using Interdict.Core.Screening;
using Interdict.Hosting.Csv;
using Interdict.Matching.Screening;

namespace Interdict.Hosting.Screening;

/// <summary>What a batch file's rows become: the one place a row of <c>screen --input</c> is read into a query, screened
/// and written, so that the single process (the CLI's batch) and a cluster's silos (a chunk of a batch each) write the
/// same bytes for the same row.</summary>
/// <remarks>A row without a usable id or name is reported with its line number and skipped; a bad optional field (type,
/// date of birth, nationality) is ignored with a warning naming the line and the field, and the name is still
/// screened. Thread-safe: rows are screened on all cores.</remarks>
public sealed class BatchRows
{
    /// <summary>The columns a batch file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["id", "name"];

    /// <summary>The columns a batch file may have, for messages.</summary>
    public const string OptionalColumns = "type,dob,nationality";

    const string CsvHeaderLine = "id,rank,list,ref,name,score,matched_name,explanation\n";

    readonly CsvHeader _header;
    readonly int _id, _name, _type, _dateOfBirth, _nationality;

    /// <summary>Reads rows under <paramref name="header"/>.</summary>
    /// <param name="header">The file's header, read with <see cref="RequiredColumns"/>.</param>
    public BatchRows(CsvHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        _header = header;
        _id = header.IndexOf("id");
        _name = header.IndexOf("name");
        _type = header.IndexOf("type");
        _dateOfBirth = header.IndexOf("dob");
        _nationality = header.IndexOf("nationality");
    }

    /// <summary>The header the rows are read under.</summary>
    public CsvHeader Header => _header;

    /// <summary>What the output starts with.</summary>
    /// <param name="format">The output format.</param>
    public static string Start(BatchFormat format) => format switch
    {
        BatchFormat.Csv => CsvHeaderLine,
        BatchFormat.Json => "{\"results\": [",
        _ => "",
    };

    /// <summary>What the output ends with.</summary>
    /// <param name="format">The output format.</param>
    public static string End(BatchFormat format) => format == BatchFormat.Json ? "\n]}\n" : "";

    /// <summary>What a JSON document's row is preceded by: a comma after an earlier row, none before the first.</summary>
    /// <param name="first">True for the first row written.</param>
    public static string JsonSeparator(bool first) => first ? "\n" : ",\n";

    /// <summary>The list versions a batch with <paramref name="options"/> screens against, as text: part of a run's
    /// identity, since another version gives other results.</summary>
    /// <param name="screener">The screener.</param>
    /// <param name="options">The batch's options.</param>
    public static string Versions(Screener screener, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(options);
        return string.Join(",", screener.VersionsInForce(options.AsOf, options.Lists).Select(v => v.ToString()));
    }

    /// <summary>Reads, screens and writes one row (a JSON document's separator not included: it depends on the rows before).</summary>
    /// <param name="record">The row.</param>
    /// <param name="screener">The lists.</param>
    /// <param name="options">Threshold, lists, date.</param>
    /// <param name="format">The output format; <see cref="BatchFormat.None"/> writes no text (the caller draws the hits).</param>
    public BatchRow Screen(CsvRecord record, Screener screener, ScreeningOptions options, BatchFormat format)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(screener);
        if (!TryQuery(record, out var id, out var query, out var error, out var warnings))
        {
            return new(null, $"line {record.Line}: {error}; row skipped", null, null, 0);
        }
        var hits = screener.Screen(query!, options);
        var report = warnings.Count == 0 ? null : string.Join("\n", warnings.Select(w => $"line {record.Line}: warning: {w}"));
        var output = format switch
        {
            BatchFormat.Csv => CsvLines(id!, hits),
            BatchFormat.Json => JsonObject(id!, hits),
            BatchFormat.JsonLines => JsonObject(id!, hits) + "\n",
            _ => "",
        };
        return new(output, report, id, hits, warnings.Count);
    }

    bool TryQuery(CsvRecord record, out string? id, out PartyQuery? query, out string? error, out List<string> warnings)
    {
        query = null;
        warnings = [];
        id = null;
        if (record.Error is not null)
        {
            error = record.Error;
            return false;
        }
        var ragged = _header.Ragged(record);
        id = CsvHeader.Field(record, _id)?.Trim();
        if (string.IsNullOrEmpty(id)) error = "the id is empty";
        else if (id.Length > Customer.MaxIdLength) error = string.Create(CultureInfo.InvariantCulture, $"the id has {id.Length:N0} characters (at most {Customer.MaxIdLength})");
        else if (QueryFields.TryParseName(CsvHeader.Field(record, _name), out var name, out error))
        {
            if (!QueryFields.TryParseKind(CsvHeader.Field(record, _type), out var kind, out var why)) warnings.Add($"{why}; type ignored, the name is screened");
            if (!QueryFields.TryParseDateOfBirth(CsvHeader.Field(record, _dateOfBirth), out var dob, out why)) warnings.Add($"{why}; dob ignored, the name is screened");
            if (!QueryFields.TryParseCountry(CsvHeader.Field(record, _nationality), out var nationality, out why)) warnings.Add($"nationality {why}; nationality ignored, the name is screened");
            if (ragged is not null) warnings.Add(ragged);
            query = new PartyQuery(name!, kind) { DateOfBirth = dob, Nationality = nationality };
            return true;
        }
        if (ragged is not null) error = $"{error} ({ragged})";
        return false;
    }

    static string JsonObject(string id, IReadOnlyList<ScreeningHit> hits)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, MatchJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            MatchJson.WriteMatches(json, hits);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Written by hand with CsvOutput.Field rather than Sep's writer: rows are made on all cores (and on several silos)
    // and joined per chunk, and a resumed run must write the same bytes as an uninterrupted one.
    static string CsvLines(string id, IReadOnlyList<ScreeningHit> hits)
    {
        var builder = new StringBuilder();
        if (hits.Count == 0) builder.Append(CsvOutput.Field(id)).Append(",0,,,,,,\n");
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            builder.Append(CultureInfo.InvariantCulture,
                $"{CsvOutput.Field(id)},{rank + 1},{CsvOutput.Field(hit.Entry.Source)},{CsvOutput.Field(hit.Entry.Reference)},{CsvOutput.Field(hit.Entry.PrimaryName.Full)},{hit.Score.ToString("0.####", CultureInfo.InvariantCulture)},{CsvOutput.Field(hit.Explanation.MatchedName)},{CsvOutput.Field(hit.Explanation.Summary)}\n");
        }
        return builder.ToString();
    }
}

/// <summary>The formats a batch's results are written in.</summary>
public enum BatchFormat
{
    /// <summary>No text: whoever screens draws the hits (a table on a terminal).</summary>
    None,
    /// <summary>One JSON document, <c>{"results": [...]}</c>.</summary>
    Json,
    /// <summary>One JSON object per row.</summary>
    JsonLines,
    /// <summary>CSV, one line per match (a row without any: one line with rank 0).</summary>
    Csv,
}

/// <summary>One row of a batch done.</summary>
/// <param name="Output">Its text; null for a row skipped as bad.</param>
/// <param name="Report">Its report (why it was skipped, its warnings, one per line); null when none.</param>
/// <param name="Id">Its id; null when skipped.</param>
/// <param name="Hits">Its matches; null when skipped.</param>
/// <param name="Warnings">How many of its fields were ignored.</param>
public readonly record struct BatchRow(string? Output, string? Report, string? Id, IReadOnlyList<ScreeningHit>? Hits, int Warnings)
{
    /// <summary>True when the row was skipped as bad.</summary>
    public bool Skipped => Output is null;
}
