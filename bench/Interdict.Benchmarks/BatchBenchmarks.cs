using BenchmarkDotNet.Attributes;
using Interdict.Core.Screening;
using Interdict.Matching.Screening;

namespace Interdict.Benchmarks;

/// <summary>A batch of 10,000 queries screened on every core, as `interdict screen --input` does (without file I/O);
/// the end-to-end figure with start-up and files is measured separately (docs/performance.md).</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    const int BatchSize = 10_000;
    Screener _un = null!;
    Screener _unAndOfac = null!;
    PartyQuery[] _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _un = new Screener([BenchmarkData.Un]);
        _unAndOfac = new Screener([BenchmarkData.Un, BenchmarkData.Ofac]);
        var names = BenchmarkData.DevelopmentQueries();
        _batch = Enumerable.Range(0, BatchSize).Select(i => new PartyQuery(names[i % names.Length])).ToArray();
    }

    [Benchmark(Description = "batch of 10,000, UN, all cores")]
    public int BatchUn() => Run(_un);

    [Benchmark(Description = "batch of 10,000, UN + OFAC, all cores")]
    public int BatchUnAndOfac() => Run(_unAndOfac);

    int Run(Screener screener)
    {
        var hits = 0;
        Parallel.For(0, _batch.Length, i =>
        {
            if (screener.Screen(_batch[i]).Count > 0) Interlocked.Increment(ref hits);
        });
        return hits;
    }
}
