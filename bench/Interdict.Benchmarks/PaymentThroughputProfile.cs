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
        var lists = new Screener([BenchmarkData.Un, BenchmarkData.Ofac]);
        var rulebook = Rulebook.LoadEmbedded();
        // A fresh screening object (so an empty party cache) for each measured pass: the cache may only hit on parties
        // that recur within the pass, never on the warm-up's or an earlier pass's.
        PaymentScreening Fresh(bool cache = true) => new(lists, rulebook, new PaymentScreeningOptions { PartyCacheEntries = cache ? 50_000 : 0 });
        var screening = Fresh();
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
        // CPU time beside the wall time: on a shared machine the wall time counts the other builds' share of the cores.
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var queried = 0;
        foreach (var party in names) foreach (var name in party) { ((Interdict.Core.Screening.IPartyScreener)screener).Screen(new Interdict.Core.Screening.PartyQuery(name), today); queried++; }
        var baseline = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var baselineCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMicroseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline: {queried / baseline:N0} bare names/s on one thread ({queried / (double)count:0.0} names per message); CPU {baselineCpu / queried:0} us per name"));
        var distinct = names.SelectMany(n => n).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"population: {100.0 * (queried - distinct) / queried:0.0} % of the party names repeat one met earlier in the run ({distinct:N0} distinct of {queried:N0})"));

        // Where a message's time goes, phase by phase on one thread.
        start = Stopwatch.GetTimestamp();
        var reads = messages.Select(m => parser.ParseAll(m, "bench")[0]).ToArray();
        var parse = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var uncached = Fresh(cache: false);
        start = Stopwatch.GetTimestamp();
        foreach (var r in reads) uncached.Screen(r.Payment!, r.Payment!.ValueDate ?? today);
        var screenUncached = Stopwatch.GetElapsedTime(start).TotalSeconds;
        screening = Fresh();
        start = Stopwatch.GetTimestamp();
        var results = reads.Select(r => screening.Screen(r.Payment!, r.Payment!.ValueDate ?? today)).ToArray();
        var screen = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cacheCounts = screening.PartyCache;
        start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++) PaymentJson.ToLine(new ScreenedPayment(reads[i], results[i]));
        var json = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phases per message: read {parse / count * 1e6:0} us, screen and decide {screen / count * 1e6:0} us (without the party cache {screenUncached / count * 1e6:0} us), JSON line {json / count * 1e6:0} us"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"party cache: {cacheCounts.Lookups / (double)count:0.0} party queries per message (names and BICs), {100 * cacheCounts.HitRate:0.0} % answered from the cache, {cacheCounts.Entries:N0} answers held"));

        screening = Fresh();
        var times = new double[count];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            Line(messages[i]);
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
        }
        var one = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var oneCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMicroseconds / count;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)count;
        Array.Sort(times);
        double At(double p) => times[(int)(p * (times.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one thread: {count / one:N0} messages/s; per message p50 {At(0.5):0} us, p90 {At(0.9):0} us, p99 {At(0.99):0} us, max {times[^1]:0} us; {allocated / 1024:0.0} KB allocated per message"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  = {count / one / (queried / baseline / (queried / (double)count)):0.00} x the bare-name rate of its parties"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  CPU {oneCpu:0} us per message = {oneCpu / (baselineCpu / queried):0.00} bare names; two cores at this CPU cost give at most {2e6 / oneCpu:N0} messages/s"));

        // Every core, as the command does it (PaymentService screens a batch on all cores, in order).
        screening = Fresh();
        cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        start = Stopwatch.GetTimestamp();
        var lines = messages.AsParallel().AsOrdered().Select(Line).ToArray();
        var all = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var allCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMicroseconds / count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores: {lines.Length / all:N0} messages/s ({one / all:0.00} x one thread); CPU {allCpu:0} us per message"));
    }
}
