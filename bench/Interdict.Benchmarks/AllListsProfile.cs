using System.Diagnostics;
using System.Globalization;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks all-lists`: every list format loaded at once (UN, OFAC SDN CSV, OFAC Consolidated
/// Enhanced XML, EU FSF, UK Sanctions List, OpenSanctions FtM) against UN + OFAC alone: parse time, index build time,
/// one-query latency percentiles over the development set, and the managed memory the screener holds.
/// `LATENCY_BAND=0.4-0.6 all-lists` screens the median queries over every list for a profiler, as `latency` does.</summary>
static class AllListsProfile
{
    public static void Run()
    {
        var more = Path.Combine(BenchmarkData.TestDataFolder, "data", "lists-more");
        var parse = Stopwatch.StartNew();
        ListSnapshot[] extra =
        [
            Load(Path.Combine(more, "ofac", "CONS_ENHANCED.XML")),
            Load(Path.Combine(more, "eu", "eu-fsf-1.1_2026-08-05_extract.xml")),
            Load(Path.Combine(more, "uk", "uk-fcdo-sanctions-list_2026-09-10_extract.xml")),
            Load(Path.Combine(more, "opensanctions-ftm", "yente-zala_entities.ftm.json"), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)),
        ];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parsed the four newer samples in {parse.Elapsed.TotalMilliseconds:0} ms: {string.Join(", ", extra.Select(s => $"{s.Version.Source} {s.Entries.Length}"))}"));
        var queries = BenchmarkData.DevelopmentQueries().Select(n => new PartyQuery(n)).ToArray();
        if (Environment.GetEnvironmentVariable("LATENCY_BAND") is { } band)
        {
            // As `latency`'s band, over every list: what a median query spends on the lists added to UN + OFAC.
            LatencyProfile.Band(new Screener([BenchmarkData.Un, BenchmarkData.Ofac, .. extra]), queries, band);
            return;
        }
        Measure("UN + OFAC", [BenchmarkData.Un, BenchmarkData.Ofac], queries);
        Measure("all lists", [BenchmarkData.Un, BenchmarkData.Ofac, .. extra], queries);
    }

    static ListSnapshot Load(string path, DateTimeOffset? published = null)
    {
        var result = ListFiles.Import(path, published);
        return result.Snapshot ?? throw new InvalidOperationException($"{path}: {result.Failure}");
    }

    static void Measure(string label, ListSnapshot[] lists, PartyQuery[] queries)
    {
        var entries = lists.Sum(l => l.Entries.Length);
        var names = lists.Sum(l => l.Entries.Sum(e => e.Names.Length));
        // The best of three builds: the machine is shared, so a single build time is noisy.
        var build = double.MaxValue;
        var held = 0L;
        Screener screener = null!;
        for (var i = 0; i < 3; i++)
        {
            screener = null!;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var start = Stopwatch.GetTimestamp();
            screener = new Screener(lists);
            build = Math.Min(build, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            GC.KeepAlive(screener);
            held = Math.Max(held, GC.GetTotalMemory(forceFullCollection: true) - before);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {entries:N0} entries, {names:N0} names; index build {build:0} ms (best of 3), the screener holds {held / 1048576.0:0.0} MiB beyond the snapshots"));
        for (var round = 0; round < 20; round++)
        {
            foreach (var query in queries) screener.Screen(query);
        }
        var times = new double[queries.Length * 5];
        var least = new double[queries.Length];
        Array.Fill(least, double.MaxValue);
        var n = 0;
        for (var round = 0; round < 5; round++)
        {
            for (var q = 0; q < queries.Length; q++)
            {
                var start = Stopwatch.GetTimestamp();
                screener.Screen(queries[q]);
                times[n++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                least[q] = Math.Min(least[q], times[n - 1]);
            }
        }
        Array.Sort(times);
        double At(double p) => times[(int)(p * (times.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {times.Length} queries, p50 {At(0.5):0.0} us, p90 {At(0.9):0.0} us, p99 {At(0.99):0.0} us; working set {Environment.WorkingSet / 1048576.0:0} MiB"));
        Console.WriteLine($"{label}: {LatencyProfile.LeastOfRounds(least, 5)}");
    }
}
