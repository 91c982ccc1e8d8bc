using System.Diagnostics;
using System.Globalization;
using Interdict.Hosting.Payments;
using Interdict.Matching.Screening;
using Interdict.Payments;
using Interdict.Payments.Screening;
using Interdict.Rules.Model;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks payments [count]`: payment messages per second through the path of
/// <c>interdict payments screen</c> — read the message, screen it against UN + OFAC, decide it under the rulebook, write
/// its JSON line — on one thread and on every core, with per-message latency percentiles on one thread; and, as the
/// baseline of the same run, the same parties screened as bare names, so that a loaded machine's figures still compare.</summary>
static class PaymentThroughputProfile
{
    public static void Run(int count)
    {
        var messages = PaymentMessages.Draw(count);
        var screening = new PaymentScreening(new Screener([BenchmarkData.Un, BenchmarkData.Ofac]), Rulebook.LoadEmbedded());
        var parser = new PaymentParser();
        var today = new DateOnly(2026, 12, 7);
        string Line(string text)
        {
            var read = parser.ParseAll(text, "bench")[0];
            var result = read.TryGetPayment(out var payment) ? screening.Screen(payment, payment.ValueDate ?? today) : null;
            return PaymentJson.ToLine(new ScreenedPayment(read, result));
        }
        // Warm-up: tiered JIT reaches its optimised code, the per-word caches fill.
        foreach (var text in messages.Take(Math.Min(count, 3000))) Line(text);

        var outcomes = messages.Take(2000).Select(t => Line(t)).GroupBy(l => l.Contains("\"outcome\":\"pass\"", StringComparison.Ordinal) ? "pass" : "review or hold").ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} pacs.008 messages of {messages.Average(m => m.Length) / 1024:0.0} KB; of the first 2000: {string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))}"));

        // Baseline: the parties as bare names through the same screener (what the machine gives today).
        var names = messages.Select(m => parser.Parse(m).Payment!.Parties.Where(p => p.Name is not null).Select(p => p.Name!.Value).ToArray()).ToArray();
        var screener = new Screener([BenchmarkData.Un, BenchmarkData.Ofac]);
        var start = Stopwatch.GetTimestamp();
        var queried = 0;
        foreach (var party in names) foreach (var name in party) { ((Interdict.Core.Screening.IPartyScreener)screener).Screen(new Interdict.Core.Screening.PartyQuery(name), today); queried++; }
        var baseline = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline: {queried / baseline:N0} bare names/s on one thread ({queried / (double)count:0.0} names per message)"));

        // Where a message's time goes, phase by phase on one thread.
        start = Stopwatch.GetTimestamp();
        var reads = messages.Select(m => parser.ParseAll(m, "bench")[0]).ToArray();
        var parse = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        var results = reads.Select(r => screening.Screen(r.Payment!, r.Payment!.ValueDate ?? today)).ToArray();
        var screen = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++) PaymentJson.ToLine(new ScreenedPayment(reads[i], results[i]));
        var json = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phases per message: read {parse / count * 1e6:0} us, screen and decide {screen / count * 1e6:0} us, JSON line {json / count * 1e6:0} us"));

        var times = new double[count];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            Line(messages[i]);
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
        }
        var one = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)count;
        Array.Sort(times);
        double At(double p) => times[(int)(p * (times.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one thread: {count / one:N0} messages/s; per message p50 {At(0.5):0} us, p90 {At(0.9):0} us, p99 {At(0.99):0} us, max {times[^1]:0} us; {allocated / 1024:0.0} KB allocated per message"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  = {count / one / (queried / baseline / (queried / (double)count)):0.00} x the bare-name rate of its parties"));

        // Every core, as the command does it (PaymentService screens a batch on all cores, in order).
        start = Stopwatch.GetTimestamp();
        var lines = messages.AsParallel().AsOrdered().Select(Line).ToArray();
        var all = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores: {lines.Length / all:N0} messages/s ({one / all:0.00} x one thread)"));
    }
}
