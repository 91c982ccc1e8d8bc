using Interdict.Cluster.Batches;
using Interdict.Hosting.Csv;

namespace Interdict.Cluster.Tests;

public sealed class BatchChunkCodecTests
{
    [Fact]
    public void Rows_RoundTrip_WithLineNumbersErrorsAndAwkwardFields()
    {
        CsvRecord[] rows =
        [
            new(2, ["r1", "Kim Jong Un", "person"], null),
            CsvRecord.Malformed(3, "a quote is never closed"),
            new(5, ["r2", "\"Quoted\", with comma\nand a line break", "", "ünïcödé 金正恩", "\u0001"], null),
            new(6, [], null),
        ];
        var decoded = BatchChunkCodec.DecodeRows(BatchChunkCodec.EncodeRows(rows));
        Assert.Equal(rows.Length, decoded.Count);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(rows[i].Line, decoded[i].Line);
            Assert.Equal(rows[i].Error, decoded[i].Error);
            Assert.Equal(rows[i].Fields, decoded[i].Fields);
        }
    }

    [Fact]
    public void Header_RoundTrips_AndStillReadsRaggedRowsAsTheOriginal()
    {
        using var reader = new CsvRecordReader(new StringReader("ID;Name;Type\nr1;A;person\n"));
        Assert.True(CsvHeader.TryRead(reader, ["id", "name"], "type", out var header, out _));
        var restored = BatchChunkCodec.DecodeHeader(BatchChunkCodec.EncodeHeader(header!));
        Assert.Equal(header!.Names, restored.Names);
        Assert.Equal(header.Line, restored.Line);
        var ragged = new CsvRecord(4, ["r2", "B"], null);
        Assert.Equal(header.Ragged(ragged), restored.Ragged(ragged));
        Assert.NotNull(restored.Ragged(ragged));
    }

    [Fact]
    public void Rows_ThatAreNotRows_AreRefusedAsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => BatchChunkCodec.DecodeRows("{\"not\":\"rows\"}"u8.ToArray()));
}
