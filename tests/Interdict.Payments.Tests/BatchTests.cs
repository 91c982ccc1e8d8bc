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
