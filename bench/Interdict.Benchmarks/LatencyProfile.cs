using System.Diagnostics;
using System.Globalization;
using Interdict.Core.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks latency`: per-query latency percentiles of single-name screening on one thread,
/// over the development set's queries (BenchmarkDotNet reports means; the budget is a median).</summary>
static class LatencyProfile
{
    public static void Run()
    {
        var queries = BenchmarkData.DevelopmentQueries().Select(n => new PartyQuery(n)).ToArray();
        Measure("UN", new Screener([BenchmarkData.Un]), queries);
        if (Environment.GetEnvironmentVariable("LATENCY_ONLY_UN") is null) Measure("UN + OFAC", new Screener([BenchmarkData.Un, BenchmarkData.Ofac]), queries);
    }

    static void Measure(string label, Screener screener, PartyQuery[] queries)
    {
        // Warm-up: tiered JIT reaches its optimised code and the per-word look-up cache fills.
        for (var round = 0; round < 20; round++)
        {
            foreach (var query in queries) screener.Screen(query);
        }
        var Rounds = int.TryParse(Environment.GetEnvironmentVariable("LATENCY_ROUNDS"), out var r) ? r : 5;
        var times = new double[queries.Length * Rounds];
        var n = 0;
        // Allocation per query is the one figure here that load on a shared machine does not blur.
        // CPU time is the other: on a loaded machine wall-clock percentiles include time spent waiting for a core.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gen0Before = GC.CollectionCount(0);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                screener.Screen(query);
                times[n++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)times.Length;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / times.Length;
        var gen0 = GC.CollectionCount(0) - gen0Before;
        Array.Sort(times);
        double At(double p) => times[(int)(p * (times.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {times.Length} queries, p50 {At(0.5):0.0} us, p90 {At(0.9):0.0} us, p99 {At(0.99):0.0} us, max {times[^1]:0} us, mean CPU {cpu:0.0} us, {allocated:0} B allocated per query, {gen0} gen0 GCs"));
    }
}
