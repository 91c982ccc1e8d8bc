using System.Buffers;
using System.Text.Json;
using Interdict.Hosting.Csv;

namespace Interdict.Cluster.Batches;

/// <summary>A chunk's input rows and a batch file's header as stored in the database: JSON, each row with its line
/// number, its fields or the reason it could not be read, so a silo screens exactly the records the submitting process
/// read (line numbers in reports included) without reading the file itself.</summary>
public static class BatchChunkCodec
{
    /// <summary>The rows as JSON: <c>[[line, error, [fields…]], …]</c>.</summary>
    /// <param name="records">The rows, in input order.</param>
    public static byte[] EncodeRows(IReadOnlyList<CsvRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var buffer = new ArrayBufferWriter<byte>(64 * records.Count + 16);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var record in records)
            {
                json.WriteStartArray();
                json.WriteNumberValue(record.Line);
                if (record.Error is null) json.WriteNullValue();
                else json.WriteStringValue(record.Error);
                json.WriteStartArray();
                foreach (var field in record.Fields) json.WriteStringValue(field);
                json.WriteEndArray();
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The rows <see cref="EncodeRows"/> wrote.</summary>
    /// <param name="data">The stored JSON.</param>
    /// <exception cref="InvalidDataException">The data is not such rows.</exception>
    public static List<CsvRecord> DecodeRows(byte[] data)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            var records = new List<CsvRecord>(document.RootElement.GetArrayLength());
            foreach (var row in document.RootElement.EnumerateArray())
            {
                var fields = row[2];
                var values = new string[fields.GetArrayLength()];
                var i = 0;
                foreach (var field in fields.EnumerateArray()) values[i++] = field.GetString()!;
                records.Add(new CsvRecord(row[0].GetInt32(), values, row[1].ValueKind == JsonValueKind.Null ? null : row[1].GetString()));
            }
            return records;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new InvalidDataException("A stored batch chunk is not a list of rows.", e);
        }
    }

    /// <summary>The header as JSON: <c>{"line":…,"names":[…],"separator":…}</c>.</summary>
    /// <param name="header">The batch file's header.</param>
    public static byte[] EncodeHeader(CsvHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("line", header.Line);
            json.WriteStartArray("names");
            foreach (var name in header.Names) json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteString("separator", header.SeparatorName);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The header <see cref="EncodeHeader"/> wrote.</summary>
    /// <param name="data">The stored JSON.</param>
    public static CsvHeader DecodeHeader(byte[] data)
    {
        using var document = JsonDocument.Parse(data);
        var root = document.RootElement;
        return CsvHeader.Restore(root.GetProperty("line").GetInt32(),
            [.. root.GetProperty("names").EnumerateArray().Select(n => n.GetString()!)], root.GetProperty("separator").GetString()!);
    }
}
