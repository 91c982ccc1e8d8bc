using System.Diagnostics;
using System.Globalization;
using Interdict.Matching.Monitoring;
using Interdict.Matching.Tests.Monitoring;

namespace Interdict.Benchmarks;

/// <summary>The <c>delta-sizes</c> mode: how the delta re-screen's cost grows with the size of a list update, beside
/// the full re-screen in the same run (so the ratio survives a loaded machine). Updates of 1, 3, 10, 30, 100 and 250
/// entries are the first entries (by key) of the real UN update 2018 → 2026's entries to re-screen — 250 of them, so
/// the last size is that whole update.</summary>
static class DeltaSizesProfile
{
    static readonly int[] Sizes = [1, 3, 10, 30, 100, 250];

    public static void Run(int count)
    {
        var inv = CultureInfo.InvariantCulture;
        var changed = UnUpdate.Changed.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        var screener = UnUpdate.NewScreener;
        var parties = PartyIndex.Build(DeltaData.Population(count));
        Console.WriteLine(string.Create(inv, $"{parties.Count:N0} parties indexed; {Environment.ProcessorCount} cores; UN update: {changed.Length} entries to re-screen"));
        _ = DeltaRescreening.Rescreen(parties, changed, screener); // warm: JIT and the per-version look-ups

        var clock = Stopwatch.StartNew();
        var full = DeltaRescreening.ScreenAll(parties, screener);
        var fullTime = clock.Elapsed;
        Console.WriteLine(string.Create(inv, $"full re-screen: {fullTime.TotalSeconds:F2} s ({full.Hits.Count:N0} hits)"));
        Console.WriteLine("| entries in the update | delta re-screen (best of 3) | parties screened | hits | full / delta |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var size in Sizes.Where(s => s <= changed.Length))
        {
            var update = changed[..size];
            var best = TimeSpan.MaxValue;
            RescreenResult result = null!;
            for (var round = 0; round < 3; round++)
            {
                clock.Restart();
                result = DeltaRescreening.Rescreen(parties, update, screener);
                if (clock.Elapsed < best) best = clock.Elapsed;
            }
            Console.WriteLine(string.Create(inv,
                $"| {size} | {Format(best)} | {result.Candidates:N0} | {result.Hits.Count:N0} | {fullTime / best:N0}× |"));
        }
    }

    static string Format(TimeSpan time) =>
        time.TotalSeconds >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:F2} s") : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:F1} ms");
}
