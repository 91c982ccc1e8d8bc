using System.Diagnostics;
using System.Globalization;
using System.Xml;
using Interdict.Payments;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks payments-read [count]`: the cost of reading a pacs.008 of typical size into a
/// <see cref="Payment"/>, beside the floor of the same text through a bare forward-only <see cref="XmlReader"/> (every
/// node visited, nothing kept), so that the reader's own share is seen apart from the XML parser's; and an MT103 with
/// option F parties (0.4 KB) read as often.</summary>
static class PaymentReadProfile
{
    public static void Run(int count)
    {
        var messages = PaymentMessages.Draw(count);
        var parser = new PaymentParser();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        var mt103 = File.ReadAllText(Path.Combine(BenchmarkData.TestDataFolder, "data", "payments", "swift-mt", "mt103", "ballerina_p.2.1.1_C_D.fin"));
        var nodes = 0L;
        void Bare(string text)
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read()) nodes++;
        }
        for (var round = 0; round < 3; round++)
        {
            foreach (var text in messages) parser.ParseAll(text, "bench");
            foreach (var text in messages) Bare(text);
            for (var i = 0; i < count; i++) parser.ParseAll(mt103, "bench");
        }
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            foreach (var text in messages) parser.ParseAll(text, "bench");
            var read = Stopwatch.GetElapsedTime(start).TotalMicroseconds / count;
            var readBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
            before = GC.GetAllocatedBytesForCurrentThread();
            start = Stopwatch.GetTimestamp();
            foreach (var text in messages) Bare(text);
            var bare = Stopwatch.GetElapsedTime(start).TotalMicroseconds / count;
            var bareBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
            before = GC.GetAllocatedBytesForCurrentThread();
            start = Stopwatch.GetTimestamp();
            for (var i = 0; i < count; i++) parser.ParseAll(mt103, "bench");
            var mt = Stopwatch.GetElapsedTime(start).TotalMicroseconds / count;
            var mtBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pacs.008: read {read:0.0} us, {readBytes / 1024:0.0} KB per message; bare XmlReader {bare:0.0} us, {bareBytes / 1024:0.0} KB ({read / bare:0.00} x); MT103: read {mt:0.0} us, {mtBytes / 1024:0.0} KB"));
        }
    }
}
