using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Lists.Tests;

/// <summary>The real reference files in <c>testdata/data</c>, parsed once per test run.</summary>
static class RealLists
{
    static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No Interdict.slnx above {AppContext.BaseDirectory}.");
    });

    static readonly Lazy<ImportResult> Un2026Lazy = new(() => UnListParser.Parse(Un2026Path));
    static readonly Lazy<ImportResult> Un2018Lazy = new(() => UnListParser.Parse(Un2018Path));
    static readonly Lazy<ImportResult> OfacLazy = new(() => OfacSdnParser.Parse(OfacFolder, Published));

    /// <summary>The date the tests pass as the OFAC files' publication date.</summary>
    public static readonly DateTimeOffset Published = new(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static string RepoRoot => RepoRootLazy.Value;

    public static string TestData => Path.Combine(RepoRoot, "testdata", "data");

    public static string Un2026Path => Path.Combine(TestData, "un", "consolidated-2026-02-27.xml");

    public static string Un2018Path => Path.Combine(TestData, "un", "consolidated-2018-10-29.xml");

    public static string OfacFolder => Path.Combine(TestData, "ofac");

    public static ImportResult Un2026Result => Un2026Lazy.Value;

    public static ImportResult Un2018Result => Un2018Lazy.Value;

    public static ImportResult OfacResult => OfacLazy.Value;

    public static ListSnapshot Un2026 => Un2026Result.GetSnapshotOrThrow();

    public static ListSnapshot Un2018 => Un2018Result.GetSnapshotOrThrow();

    public static ListSnapshot Ofac => OfacResult.GetSnapshotOrThrow();

    public static ListEntry Entry(this ListSnapshot snapshot, string reference) =>
        snapshot.Entries.Single(e => e.Reference == reference);
}
