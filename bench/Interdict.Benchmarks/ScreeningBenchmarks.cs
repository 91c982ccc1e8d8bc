using BenchmarkDotNet.Attributes;
using Interdict.Core.Screening;
using Interdict.Matching.Index;
using Interdict.Matching.Screening;

namespace Interdict.Benchmarks;

/// <summary>One query against the UN list alone and against UN + OFAC, cycling through the development set's
/// queries (so the figure is a mean over realistic names, typos, Hangul and non-listed names included).</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    Screener _un = null!;
    Screener _unAndOfac = null!;
    PartyQuery[] _queries = null!;
    int _next;

    [GlobalSetup]
    public void Setup()
    {
        _un = new Screener([BenchmarkData.Un]);
        _unAndOfac = new Screener([BenchmarkData.Un, BenchmarkData.Ofac]);
        _queries = BenchmarkData.DevelopmentQueries().Select(n => new PartyQuery(n)).ToArray();
    }

    [Benchmark(Description = "screen one name, UN list")]
    public int ScreenUn() => _un.Screen(NextQuery()).Count;

    [Benchmark(Description = "screen one name, UN + OFAC")]
    public int ScreenUnAndOfac() => _unAndOfac.Screen(NextQuery()).Count;

    PartyQuery NextQuery()
    {
        var query = _queries[_next];
        _next = (_next + 1) % _queries.Length;
        return query;
    }
}

/// <summary>Building the immutable name index from parsed lists.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        _ = BenchmarkData.Un;
        _ = BenchmarkData.Ofac;
    }

    [Benchmark(Description = "index build, UN")]
    public int BuildUn() => new NameIndexBuilder().Add(BenchmarkData.Un).Build().TokenCount;

    [Benchmark(Description = "index build, UN + OFAC")]
    public int BuildUnAndOfac() =>
        new NameIndexBuilder().Add(BenchmarkData.Un).Build().TokenCount + new NameIndexBuilder().Add(BenchmarkData.Ofac).Build().TokenCount;
}
