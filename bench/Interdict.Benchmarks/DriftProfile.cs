using System.Globalization;
using Interdict.Matching.Monitoring;
using Interdict.Matching.Screening;
using Interdict.Matching.Tests.Monitoring;

namespace Interdict.Benchmarks;

/// <summary>The <c>drift</c> mode: what a list update does to the hits on entries it did not change. Every word's
/// rarity is computed from the version's own names, so a new version moves every score a little; a delta re-screen
/// (which screens only what the added and changed entries can match) does not see hits on unchanged entries that
/// cross the threshold for that reason alone. Screens the generated population fully against both versions and
/// counts them.</summary>
static class DriftProfile
{
    public static void Run(int count)
    {
        var inv = CultureInfo.InvariantCulture;
        var parties = PartyIndex.Build(DeltaData.Population(count));
        var rescreened = UnUpdate.Diff.EntriesToRescreen.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var removed = UnUpdate.Diff.Removed.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var before = OnUnchangedEntries(DeltaRescreening.ScreenAll(parties, new Screener([UnUpdate.Un2018])), rescreened, removed);
        var after = OnUnchangedEntries(DeltaRescreening.ScreenAll(parties, UnUpdate.NewScreener), rescreened, removed);
        var appeared = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
        var vanished = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
        var moved = after.Where(p => before.TryGetValue(p.Key, out var old) && Math.Abs(old - p.Value) > 1e-9).Select(p => Math.Abs(before[p.Key] - p.Value)).ToList();
        Console.WriteLine(string.Create(inv, $"{count:N0} parties; hits on entries the update left unchanged: {before.Count:N0} before, {after.Count:N0} after"));
        Console.WriteLine(string.Create(inv, $"new hits a full re-screen raises and a delta does not: {appeared.Count:N0} (scores {Range(appeared, after)})"));
        Console.WriteLine(string.Create(inv, $"hits that fell below the threshold: {vanished.Count:N0} (scores before {Range(vanished, before)})"));
        Console.WriteLine(string.Create(inv, $"scores moved on {moved.Count:N0} hits kept; largest move {(moved.Count > 0 ? moved.Max() : 0):F4}"));
    }

    /// <summary>Score by (party, entry) of the hits on entries present in both versions and not re-screened.</summary>
    static Dictionary<(string, string), double> OnUnchangedEntries(RescreenResult result, HashSet<string> rescreened, HashSet<string> removed) =>
        result.Hits.Where(h => !rescreened.Contains(h.Hit.Entry.Key) && !removed.Contains(h.Hit.Entry.Key))
            .ToDictionary(h => (h.PartyId, h.Hit.Entry.Key), h => h.Hit.Score);

    static string Range(List<(string, string)> keys, Dictionary<(string, string), double> scores) =>
        keys.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{keys.Min(k => scores[k]):F4}–{keys.Max(k => scores[k]):F4}");
}
