using System.Diagnostics;
using System.Globalization;
using Interdict.Matching.Monitoring;
using Interdict.Matching.Tests.Monitoring;

namespace Interdict.Benchmarks;

/// <summary>The <c>delta</c> mode: builds the reverse index of a million generated parties, re-screens them after
/// the UN update 2018 → 2026, runs the full re-screen for comparison, and checks that both give the same hits.</summary>
static class DeltaProfile
{
    public static void Run(int count)
    {
        var inv = CultureInfo.InvariantCulture;
        var changed = UnUpdate.Changed;
        var screener = UnUpdate.NewScreener;
        Console.WriteLine(string.Create(inv, $"UN 2018 → 2026: {UnUpdate.Diff.Added.Length} added, {UnUpdate.Diff.Changed.Length} changed, {UnUpdate.Diff.Removed.Length} removed; {changed.Length} entries to re-screen"));

        var clock = Stopwatch.StartNew();
        var population = DeltaData.Population(count).ToArray();
        Console.WriteLine(string.Create(inv, $"generated {population.Length:N0} parties in {clock.Elapsed.TotalSeconds:F1} s"));

        var before = Heap();
        clock.Restart();
        var parties = PartyIndex.Build(population);
        var build = clock.Elapsed;
        var after = Heap();
        Console.WriteLine(string.Create(inv, $"reverse index build: {build.TotalSeconds:F2} s; managed heap +{(after - before) / 1048576.0:F0} MB for the index (parties themselves {before / 1048576.0:F0} MB incl. lists)"));

        RescreenResult delta = null!;
        var rounds = int.Parse(Environment.GetEnvironmentVariable("DELTA_ROUNDS") ?? "3", CultureInfo.InvariantCulture);
        for (var round = 1; round <= rounds; round++)
        {
            clock.Restart();
            delta = DeltaRescreening.Rescreen(parties, changed, screener);
            Console.WriteLine(string.Create(inv, $"delta re-screen, round {round}: {clock.Elapsed.TotalSeconds:F2} s, {delta.Candidates:N0} parties screened, {delta.Hits.Count:N0} hits"));
        }

        var overlay = parties;
        foreach (var party in DeltaData.Population(count + 1000).Skip(count)) overlay = overlay.Upsert(party with { Id = "N" + party.Id });
        for (var i = 0; i < 1000; i++) overlay = overlay.Remove(population[i * 7].Id);
        clock.Restart();
        var withOverlay = DeltaRescreening.Rescreen(overlay, changed, screener);
        Console.WriteLine(string.Create(inv, $"delta re-screen with 1,000 parties created and 1,000 deleted since the build: {clock.Elapsed.TotalSeconds:F2} s, {withOverlay.Candidates:N0} screened"));

        clock.Restart();
        var full = DeltaRescreening.ScreenAll(parties, screener, onlyEntries: changed);
        var fullTime = clock.Elapsed;
        Console.WriteLine(string.Create(inv, $"full re-screen, all cores: {fullTime.TotalSeconds:F2} s, {full.Hits.Count:N0} hits on the changed entries"));

        var same = full.Hits.Select(Key).SequenceEqual(delta.Hits.Select(Key));
        Console.WriteLine(string.Create(inv, $"same hits as the full re-screen: {same}"));
        if (!same)
        {
            var found = delta.Hits.Select(Key).ToHashSet(StringComparer.Ordinal);
            foreach (var hit in full.Hits.Where(h => !found.Contains(Key(h))).Take(10))
            {
                var party = parties.Find(hit.PartyId)!;
                Console.WriteLine(string.Create(inv, $"  missed: {hit.PartyId} \"{party.Query.Name}\" {party.Query.Kind} → {hit.Hit.Entry.Key} {hit.Hit.Score}: {hit.Hit.Explanation.Summary}"));
            }
            Environment.ExitCode = 1;
        }
        ScreeningFloor(parties, screener, delta, fullTime);
        var reverse = ReverseScores.Lowest(parties, screener, full.Hits);
        Console.WriteLine(string.Create(inv, $"lowest over name hits: reverse score {reverse.Score:F3}, listed coverage bound {reverse.EntryCoverage:F3}, forward estimate {reverse.Estimate:F3}"));
        Console.WriteLine(string.Create(inv, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }

    /// <summary>What screening costs on its own, whatever finds the candidates: the forward screen of the parties the
    /// delta screened, and of only those that hit (the least any design that screens parties would screen), on both
    /// cores. Parties close to the list have many forward candidates, so they cost far more than the average party.</summary>
    static void ScreeningFloor(PartyIndex parties, Interdict.Matching.Screening.Screener screener, RescreenResult delta, TimeSpan fullTime)
    {
        var inv = CultureInfo.InvariantCulture;
        var hitting = DeltaRescreening.ScreenAll(parties, screener, onlyEntries: UnUpdate.Changed).Hits.Select(h => h.PartyId).Distinct(StringComparer.Ordinal).Select(id => parties.Find(id)!).ToArray();
        var candidates = DeltaRescreening.CandidateSlots(parties.Table, UnUpdate.Changed, screener, new()).Select(s => parties.Table.Parties[s]).ToArray();
        foreach (var (what, set) in new[] { ("the delta's candidates", candidates), ("only the parties that hit", hitting) })
        {
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(set, party => screener.Screen(party.Query));
            var elapsed = clock.Elapsed;
            var distinct = set.Select(p => (p.Query.Name, p.Query.Kind)).Distinct().Count();
            Console.WriteLine(string.Create(inv, $"forward screen of {what}: {set.Length:N0} parties ({distinct:N0} distinct names), {elapsed.TotalMilliseconds:F0} ms on all cores, {elapsed.TotalMicroseconds * Environment.ProcessorCount / Math.Max(1, set.Length):F1} µs of CPU each"));
        }
        Console.WriteLine(string.Create(inv, $"(the delta screened {delta.Candidates:N0}; the full re-screen costs {fullTime.TotalMicroseconds * Environment.ProcessorCount / parties.Count:F1} µs of CPU per party)"));
    }

    static string Key(MonitoredHit hit) => string.Create(CultureInfo.InvariantCulture, $"{hit.PartyId}|{hit.Hit.Entry.Key}|{hit.Hit.Score:R}|{hit.Hit.Explanation.Summary}");

    static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true);
    }
}
