using Interdict.Core.Lists;
using Interdict.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Monitoring;

/// <summary>The real UN list update 2018-10-29 → 2026-02-27, loaded once per test run.</summary>
static class UnUpdate
{
    static readonly Lazy<ListSnapshot> Un2018Lazy = new(() => ListFiles.Import(RepositoryPaths.UnList2018).Snapshot!);
    static readonly Lazy<ListSnapshot> Un2026Lazy = new(() => ListFiles.Import(RepositoryPaths.UnList2026).Snapshot!);
    static readonly Lazy<ListDiff> DiffLazy = new(() => ListDiff.Compute(Un2018, Un2026));
    static readonly Lazy<Screener> ScreenerLazy = new(() => new Screener([Un2026]));
    static readonly Lazy<string[]> OfacNamesLazy = new(() =>
        ListFiles.Import(RepositoryPaths.OfacFolder, new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero)).Snapshot!.Entries.SelectMany(e => e.Names).Select(n => n.Full).ToArray());

    public static ListSnapshot Un2018 => Un2018Lazy.Value;

    public static ListSnapshot Un2026 => Un2026Lazy.Value;

    public static ListDiff Diff => DiffLazy.Value;

    /// <summary>The entries to re-screen: added, and changed in a field screening reads, as they are in 2026.</summary>
    public static ListEntry[] Changed => [.. Diff.EntriesToRescreen];

    /// <summary>Every entry the update added or changed in any field (763): more names than a re-screen needs, for
    /// tests of the delta's equality with a full re-screen.</summary>
    public static ListEntry[] AddedOrAmended => [.. Diff.Added, .. Diff.Changed.Select(c => c.After)];

    /// <summary>A screener over the new version only.</summary>
    public static Screener NewScreener => ScreenerLazy.Value;

    /// <summary>Every name of the OFAC SDN list: real names that the UN list mostly does not carry.</summary>
    public static string[] OfacNames => OfacNamesLazy.Value;
}
