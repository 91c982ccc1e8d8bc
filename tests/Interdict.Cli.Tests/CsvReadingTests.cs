using Interdict.Hosting.Csv;

namespace Interdict.Cli.Tests;

/// <summary>The one CSV reader of every input: line numbers, separators, and a bad row that costs only itself.</summary>
public sealed class CsvReadingTests
{
    static List<CsvRecord> ReadAll(string text)
    {
        using var csv = new CsvRecordReader(new StringReader(text));
        var records = new List<CsvRecord>();
        while (csv.Read() is { } record) records.Add(record);
        return records;
    }

    [Fact]
    public void UnterminatedQuote_CostsItsRowOnly_TheTenRowsAfterItAreRead()
    {
        var text = "id,name\n1,\"Kim Jong Un\n" + string.Concat(Enumerable.Range(2, 10).Select(i => $"{i},Name {i}\n"));
        var records = ReadAll(text);
        Assert.Equal(12, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Contains("never closed", records[1].Error);
        Assert.All(records.Skip(2), r => Assert.Null(r.Error));
        Assert.Equal(Enumerable.Range(3, 10), records.Skip(2).Select(r => r.Line));
        Assert.Equal("Name 11", records[^1].Fields[1]);
    }

    [Theory]
    [InlineData("id,name\n1,\"Kim, Jong\"\n", ',')]
    [InlineData("id;name\n1;\"Kim; Jong\"\n", ';')]
    [InlineData("id\tname\n1\t\"Kim\t Jong\"\n", '\t')]
    public void Separator_IsTheOneTheHeaderUses(string text, char separator)
    {
        using var csv = new CsvRecordReader(new StringReader(text));
        Assert.Equal(["id", "name"], csv.Read()!.Fields);
        Assert.Equal(separator, csv.Separator);
        Assert.Equal(["1", $"Kim{separator} Jong"], csv.Read()!.Fields);
    }

    [Fact]
    public void LineNumbers_CountBlankLinesAndEveryLineEnd()
    {
        var records = ReadAll("id,name\r\n\r\n1,A\r2,B\n\n   \n3,\"C \"\"D\"\"\"\n");
        Assert.Equal([1, 3, 4, 7], records.Select(r => r.Line));
        Assert.Equal("C \"D\"", records[^1].Fields[1]);
    }

    [Fact]
    public void BadLines_AreReportedInOrder_BetweenTheRowsAroundThem()
    {
        var records = ReadAll("id,name\n1,A\n2,\"B\n3,C\0\n4,D\n5,\uFFFD\n");
        Assert.Equal([1, 2, 3, 4, 5, 6], records.Select(r => r.Line));
        Assert.Equal([null, null, "never closed", "NUL", null, "UTF-8"],
            records.Select(r => r.Error is null ? null : new[] { "never closed", "NUL", "UTF-8" }.First(r.Error.Contains)));
    }

    [Fact]
    public void ARowLongerThanTheBound_IsReportedAndSkipped_WithoutKeepingIt()
    {
        var huge = new string('x', 10 * CsvRecordReader.MaxRowChars);
        var records = ReadAll($"id,name\n1,{huge}\n2,B\n");
        Assert.Equal(3, records.Count);
        Assert.Contains("longer than 65,536 characters", records[1].Error);
        Assert.Equal(["2", "B"], records[2].Fields);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("Ri Won Ho", "Ri Won Ho")]
    [InlineData("Kim, Jong", "\"Kim, Jong\"")]
    [InlineData("", "")]
    public void OutputFields_AreQuotedAndGuardedAgainstFormulas(string value, string written) =>
        Assert.Equal(written, CsvOutput.Field(value));
}
