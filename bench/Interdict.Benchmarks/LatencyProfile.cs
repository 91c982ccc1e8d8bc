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
        if (Environment.GetEnvironmentVariable("LATENCY_BAND") is { } band)
        {
            Band(new Screener([BenchmarkData.Un, BenchmarkData.Ofac]), queries, band);
            return;
        }
        Measure("UN", new Screener([BenchmarkData.Un]), queries);
        if (Environment.GetEnvironmentVariable("LATENCY_ONLY_UN") is null) Measure("UN + OFAC", new Screener([BenchmarkData.Un, BenchmarkData.Ofac]), queries);
    }

    /// <summary>Profiling aid: times each query alone (least of five), keeps those whose time lies in the band of
    /// percentiles given ("0.4-0.6": the queries around the median, the ones a p50 budget is about) and screens only
    /// them for a minute, so that a sampling profiler sees what a median query spends its time on.</summary>
    internal static void Band(Screener screener, PartyQuery[] queries, string band)
    {
        var bounds = band.Split('-').Select(b => double.Parse(b, CultureInfo.InvariantCulture)).ToArray();
        for (var round = 0; round < 10; round++) foreach (var query in queries) screener.Screen(query);
        var least = queries.Select(q =>
        {
            var min = double.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                var start = Stopwatch.GetTimestamp();
                screener.Screen(q);
                min = Math.Min(min, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
            return (Query: q, Micros: min);
        }).OrderBy(t => t.Micros).ToArray();
        var chosen = least[(int)(bounds[0] * least.Length)..(int)(bounds[1] * least.Length)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chosen.Length} queries from {chosen[0].Micros:0.0} to {chosen[^1].Micros:0.0} us (least of five); median of all {least[least.Length / 2].Micros:0.0} us"));
        foreach (var (q, m) in chosen.Take(40)) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m,7:0.0} {q.Name}"));
        var until = Stopwatch.GetTimestamp() + 60 * Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < until) foreach (var (q, _) in chosen) screener.Screen(q);
    }

    /// <summary>The p50 and p90 of each query's least time over the rounds: each round is the whole stream, so every
    /// time is a query met cold among different queries, and the least of them drops the time slices that other
    /// processes took on a shared machine (the plain percentiles move with its load far more than the code does).</summary>
    internal static string LeastOfRounds(double[] least, int rounds)
    {
        Array.Sort(least);
        return string.Create(CultureInfo.InvariantCulture,
            $"least of {rounds} rounds per query: p50 {least[least.Length / 2]:0.0} us, p90 {least[(int)(0.9 * (least.Length - 1))]:0.0} us");
    }

    static readonly bool Twice = Environment.GetEnvironmentVariable("LATENCY_TWICE") is not null;

    static void Measure(string label, Screener screener, PartyQuery[] queries)
    {
        // Warm-up: tiered JIT reaches its optimised code and the per-word look-up cache fills.
        for (var round = 0; round < 20; round++)
        {
            foreach (var query in queries) screener.Screen(query);
        }
        var Rounds = int.TryParse(Environment.GetEnvironmentVariable("LATENCY_ROUNDS"), out var r) ? r : 5;
        var times = new double[queries.Length * Rounds];
        var least = new double[queries.Length];
        Array.Fill(least, double.MaxValue);
        var again = new double[times.Length];
        var n = 0;
        // Allocation per query is the one figure here that load on a shared machine does not blur.
        // CPU time is the other: on a loaded machine wall-clock percentiles include time spent waiting for a core.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gen0Before = GC.CollectionCount(0);
        for (var round = 0; round < Rounds; round++)
        {
            for (var q = 0; q < queries.Length; q++)
            {
                var query = queries[q];
                var start = Stopwatch.GetTimestamp();
                screener.Screen(query);
                times[n++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                least[q] = Math.Min(least[q], times[n - 1]);
                if (Twice)
                {
                    start = Stopwatch.GetTimestamp();
                    screener.Screen(query);
                    again[n - 1] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                }
            }
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)times.Length;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / times.Length;
        var gen0 = GC.CollectionCount(0) - gen0Before;
        Array.Sort(times);
        Array.Sort(again);
        if (Twice) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: the same query again at once: p50 {again[again.Length / 2]:0.0} us (first time {times[times.Length / 2]:0.0} us)"));
        double At(double p) => times[(int)(p * (times.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {times.Length} queries, p50 {At(0.5):0.0} us, p90 {At(0.9):0.0} us, p99 {At(0.99):0.0} us, max {times[^1]:0} us, mean CPU {cpu:0.0} us, {allocated:0} B allocated per query, {gen0} gen0 GCs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {LeastOfRounds(least, Rounds)}"));
    }
}
