using System.Diagnostics;
using System.Globalization;
using System.Xml;
using Interdict.Payments;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks payments-read [count]`: the cost of reading a pacs.008 of typical size into a
/// <see cref="Payment"/>, beside the floor of the same text through a bare forward-only <see cref="XmlReader"/> (every
/// node visited, nothing kept), so that the reader's own share is seen apart from the XML parser's.</summary>
static class PaymentReadProfile
{
    public static void Run(int count)
    {
        var messages = PaymentMessages.Draw(count);
        var parser = new PaymentParser();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read {read:0.0} us, {readBytes / 1024:0.0} KB per message; bare XmlReader {bare:0.0} us, {bareBytes / 1024:0.0} KB ({read / bare:0.00} x)"));
        }
    }
}
