using System.Text;

namespace Interdict.Payments.Tests;

/// <summary>Sources of several messages: each message is reported, a bad one does not stop the others.</summary>
public sealed class BatchTests
{
    [Fact]
    public void MtFile_WithABrokenMessageInTheMiddle_ReportsItAndReadsTheOthers()
    {
        var good = File.ReadAllText(Samples.MtPath("mt103/ballerina_p.2.1.1_C_D.fin"));
        var broken = File.ReadAllText(Samples.MtPath("mt202/ballerina_p.2.2.1_B_C.fin")).Replace("\r\n-}", "", StringComparison.Ordinal);
        var text = good + "\n$" + broken + "\n$" + good;
        var results = new PaymentParser().ParseAll(text, "batch.fin");
        Assert.Equal(3, results.Count);
        Assert.True(results[0].Success);
        Assert.False(results[1].Success);
        Assert.Equal("batch.fin#2", results[1].Origin);
        Assert.Equal(20, results[1].Failure!.Line); // the {1: block of the second message, after 19 lines of the first
        Assert.Contains("truncated", results[1].Failure!.Message, StringComparison.Ordinal);
        Assert.True(results[2].Success);
        // :20: is on the second line of the third message, which starts after the newlines before it.
        var thirdStarts = 1 + (good + "\n$" + broken + "\n$").Count(c => c == '\n');
        Assert.Equal(thirdStarts + 1, results[2].Payment!.MessageId!.Place.Line);
    }

    [Fact]
    public void RjeBatch_SkipsAcknowledgementsAndReadsEveryMessage()
    {
        var results = new PaymentParser().ParseAll(File.ReadAllText(Samples.MtPath("rje/prowide_MT103-bulk-with-ack.rje")), "bulk.rje");
        Assert.Equal(["234234233", "C4772342333", "201904250034434"], results.Select(r => r.Payment!.MessageId!.Value));
        Assert.Equal("STP", results[1].Payment!.Variant);
    }

    [Fact]
    public void XmlWrapper_WithSeveralDocuments_GivesOneResultEach()
    {
        var one = File.ReadAllText(Samples.IsoPath("pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml"));
        var two = File.ReadAllText(Samples.IsoPath("pacs.009/fedwire_FICreditTransfer_Scenario1_Step1_pacs.009.xml"));
        var text = "<Batch>" + StripDeclaration(one) + StripDeclaration(two) + "</Batch>";
        var results = new PaymentParser().ParseAll(text, "batch.xml");
        Assert.Equal(["pacs.008.001.08", "pacs.009.001.08"], results.Select(r => r.Payment!.MessageType));
        Assert.Equal(["batch.xml#1", "batch.xml#2"], results.Select(r => r.Origin));
    }

    [Fact]
    public void Folder_IsReadSourceBySource_AndAnUnreadableSourceIsReported()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Samples.Mt, "mt202")).Where(f => f.EndsWith(".fin", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => new PaymentSource(Path.GetFileName(f), () => File.OpenRead(f)))
            .Append(new PaymentSource("gone.fin", () => throw new FileNotFoundException("no such file", "gone.fin")))
            .Append(new PaymentSource("latin.fin", () => new MemoryStream(Encoding.UTF8.GetBytes("not a message"))));
        var results = PaymentBatch.Read(files).ToList();
        Assert.Equal(8, results.Count);
        Assert.All(results.Take(6), r => Assert.True(r.Success, r.ToString()));
        Assert.Equal("gone.fin", results[6].Origin);
        Assert.Contains("could not be read", results[6].Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("unknown format", results[7].Failure!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with a byte order mark")]
    [InlineData("utf-16 little-endian")]
    [InlineData("utf-16 big-endian")]
    [InlineData("utf-32 little-endian")]
    [InlineData("utf-32 big-endian")]
    public void AStream_IsReadAsAReaderThatDetectsByteOrderMarksReadsIt(string encoding)
    {
        // A 49 KB pacs.009 COV: larger than the first buffer of a stream whose length is not known.
        var text = File.ReadAllText(Samples.IsoPath("pacs.009/cbprplus2026_pacs.009_cov_max.xml"));
        Assert.True(text.Length > 1 << 14);
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8 with a byte order mark" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            "utf-16 little-endian" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            "utf-16 big-endian" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-32 little-endian" => [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)],
            _ => [.. new UTF32Encoding(true, true).Preamble, .. new UTF32Encoding(true, false).GetBytes(text)],
        };
        var parser = new PaymentParser();
        var expected = parser.ParseAll(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true), "cov.xml");

        var seekable = parser.ParseAll(new MemoryStream(bytes), "cov.xml");
        var unseekable = parser.ParseAll(new UnseekableStream(bytes), "cov.xml");

        Assert.True(expected.Single().Success, expected.Single().ToString());
        foreach (var actual in new[] { seekable, unseekable })
        {
            Assert.Equal(expected.Select(Rendering.Render), actual.Select(Rendering.Render));
        }
    }

    [Fact]
    public void AStream_LongerThanTheBound_IsRefusedSayingSo_AndMalformedBytesAreReplacedAsAReaderReplacesThem()
    {
        var parser = new PaymentParser(maxCharacters: 1000);
        var refused = Assert.Single(parser.ParseAll(new UnseekableStream(new byte[40_000]), "big.xml"));
        Assert.Contains("longer than 1000 characters", refused.Failure!.Message, StringComparison.Ordinal);
        var justOver = Assert.Single(parser.ParseAll(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 1001))), "over.xml"));
        Assert.Contains("longer than 1000 characters", justOver.Failure!.Message, StringComparison.Ordinal);

        byte[] malformed = [.. "not a message "u8, 0xC3, 0x28, 0xFF];
        var expected = parser.ParseAll(new StreamReader(new MemoryStream(malformed), Encoding.UTF8, true), "bad.fin");
        Assert.Equal(expected.Select(Rendering.Render), parser.ParseAll(new MemoryStream(malformed), "bad.fin").Select(Rendering.Render));
    }

    /// <summary>A stream that does not know its length (standard input, a request body).</summary>
    sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    [Fact]
    public void UnknownVersionOfAKnownMessage_IsReadByElementNamesWithANote()
    {
        var text = File.ReadAllText(Samples.IsoPath("pacs.008/fedwire_CustomerCreditTransfer_Variation6_pacs.008.xml"))
            .Replace("pacs.008.001.08", "pacs.008.001.13", StringComparison.Ordinal);
        var result = new PaymentParser().Parse(text, "v13.xml");
        Assert.True(result.Success);
        Assert.Equal("pacs.008.001.13", result.Payment.MessageType);
        Assert.Contains(result.Notes, n => n.Message.Contains("not a known version of pacs.008; read by element names", StringComparison.Ordinal));
        Assert.Contains(result.Payment.Parties, p => p.Role == PaymentRole.Creditor);
    }

    [Fact]
    public void ForeignNamespace_IsReadByTheMessageElementWithANote()
    {
        var result = Samples.ReadOne(Samples.IsoPath("pain.001/moov_musterfile_pain.001_Nov2020.xml"));
        Assert.True(result.Success);
        Assert.Equal("pain.001.001.03", result.Payment.MessageType);
        Assert.Contains(result.Notes, n => n.Message.Contains("is not ISO's own", StringComparison.Ordinal));
        Assert.Equal(8, result.Payment.Transactions);
    }

    static string StripDeclaration(string xml)
    {
        var end = xml.IndexOf("?>", StringComparison.Ordinal);
        return end >= 0 && xml.TrimStart().StartsWith("<?xml", StringComparison.Ordinal) ? xml[(end + 2)..] : xml;
    }
}
