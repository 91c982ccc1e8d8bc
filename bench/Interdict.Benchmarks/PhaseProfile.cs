using System.Diagnostics;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Benchmarks;

/// <summary>`Interdict.Benchmarks profile`: where the time of one query goes, phase by phase (a quick look, not a benchmark).</summary>
static class PhaseProfile
{
    public static void Run(bool ofac)
    {
        var index = new NameIndexBuilder().Add(ofac ? BenchmarkData.Ofac : BenchmarkData.Un).Build();
        var queries = BenchmarkData.DevelopmentQueries();
        long normalize = 0, prepare = 0, collect = 0, score = 0, candidates = 0, matches = 0;
        for (var round = 0; round < 3; round++)
        {
            normalize = prepare = collect = score = candidates = matches = 0;
            foreach (var text in queries)
            {
                var t0 = Stopwatch.GetTimestamp();
                var name = NameNormalizer.Normalize(text);
                var t1 = Stopwatch.GetTimestamp();
                var prepared = PreparedQuery.Prepare(name, index);
                var t2 = Stopwatch.GetTimestamp();
                var found = Candidates.Collect(prepared, index, ScreeningOptions.DefaultThreshold);
                var t3 = Stopwatch.GetTimestamp();
                foreach (var id in found) NameScorer.Score(prepared, index.Names[id]);
                var t4 = Stopwatch.GetTimestamp();
                normalize += t1 - t0; prepare += t2 - t1; collect += t3 - t2; score += t4 - t3;
                candidates += found.Count;
                foreach (var unit in prepared.Units) matches += unit.Matches.Length;
            }
        }
        var gcBefore = GC.CollectionCount(0);
        var prepared0 = queries.Select(q => PreparedQuery.Prepare(NameNormalizer.Normalize(q), index)).ToArray();
        var c0 = Stopwatch.GetTimestamp();
        var total = 0;
        foreach (var p in prepared0) total += Candidates.Collect(p, index, ScreeningOptions.DefaultThreshold).Count;
        var c1 = Stopwatch.GetTimestamp();
        Console.WriteLine($"collect again (prepared up front, stamps stale so dictionary path): {(c1 - c0) * 1e6 / Stopwatch.Frequency / queries.Length:0.0} us; gen0 GCs during profile {GC.CollectionCount(0) - gcBefore}");
        double PerQuery(long ticks) => ticks * 1e6 / Stopwatch.Frequency / queries.Length;
        Console.WriteLine($"per query ({(ofac ? "OFAC" : "UN")} index, {index.NameCount} names, {index.TokenCount} tokens, {index.Variants.Count} variants):");
        Console.WriteLine($"  normalize {PerQuery(normalize):0.0} us, prepare {PerQuery(prepare):0.0} us, collect {PerQuery(collect):0.0} us, score {PerQuery(score):0.0} us");
        Console.WriteLine($"  candidates/query {candidates / (double)queries.Length:0.0}, token matches/query {matches / (double)queries.Length:0.0}");
    }
}
