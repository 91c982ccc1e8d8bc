using BenchmarkDotNet.Attributes;
using Interdict.Core.Lists;
using Interdict.Matching.Monitoring;
using Interdict.Matching.Screening;
using Interdict.Matching.Tests.Monitoring;

namespace Interdict.Benchmarks;

/// <summary>Delta re-screening of 100,000 monitored parties after the UN update 2018 → 2026, against the full
/// re-screen it replaces (the million-party figures come from the <c>delta</c> mode, docs/performance.md).</summary>
[MemoryDiagnoser]
public class DeltaRescreenBenchmarks
{
    PartyIndex _parties = null!;
    ListEntry[] _changed = null!;
    Screener _screener = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parties = PartyIndex.Build(DeltaData.Population(100_000));
        _changed = UnUpdate.Changed;
        _screener = UnUpdate.NewScreener;
    }

    [Benchmark(Description = "delta re-screen, 100,000 parties, UN 2018 → 2026")]
    public int Delta() => DeltaRescreening.Rescreen(_parties, _changed, _screener).Hits.Count;

    [Benchmark(Description = "full re-screen, 100,000 parties, UN 2026, all cores")]
    public int Full() => DeltaRescreening.ScreenAll(_parties, _screener, onlyEntries: _changed).Hits.Count;
}
