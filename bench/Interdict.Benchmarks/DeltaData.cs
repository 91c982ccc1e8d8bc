using Interdict.Matching.Monitoring;
using Interdict.Matching.Tests.Monitoring;

namespace Interdict.Benchmarks;

/// <summary>The generated population of monitored parties for the delta re-screening benchmarks; the lists and the
/// 2018 → 2026 update come from the tests' <see cref="UnUpdate"/> (linked into this project).</summary>
static class DeltaData
{
    /// <summary>A deterministic population: 1 % of the parties written after a listed entry, 10 % real OFAC names,
    /// the rest generated Korean, Chinese, Russian, Arabic and Western persons, companies and vessels.</summary>
    public static IEnumerable<MonitoredParty> Population(int count) =>
        new PartyPopulation(20261123, [.. UnUpdate.Un2018.Entries, .. UnUpdate.Un2026.Entries], UnUpdate.OfacNames).Draw(count, nearListed: 0.01);
}
