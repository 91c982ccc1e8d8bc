using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Benchmarks;

/// <summary>The real lists the benchmarks run on, read once per process from the reference data in testdata/.</summary>
static class BenchmarkData
{
    static readonly Lazy<ListSnapshot> UnLazy = new(() => Load(Path.Combine(TestData, "data", "un", "consolidated-2026-02-27.xml")));
    // The OFAC files carry no publication date: the vintage of the copy in testdata/ (its README).
    static readonly Lazy<ListSnapshot> OfacLazy = new(() => Load(Path.Combine(TestData, "data", "ofac"), new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    public static ListSnapshot Un => UnLazy.Value;
    public static ListSnapshot Ofac => OfacLazy.Value;

    /// <summary>Queries of the labelled development set: names as users type them (typos, Hangul, other scripts, non-listed names).</summary>
    public static string[] DevelopmentQueries()
    {
        var path = Path.Combine(TestData, "eval", "names", "dev.csv");
        return File.ReadLines(path).Skip(1).Select(line => line.StartsWith('"') ? line : line.Split(',')[1]).Where(n => n.Length > 0 && !n.StartsWith('"')).ToArray();
    }

    /// <summary>The repository's testdata/ folder.</summary>
    public static string TestDataFolder => TestData;

    static string TestData
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return Path.Combine(directory.FullName, "testdata");
            }
            var fromEnvironment = Environment.GetEnvironmentVariable("INTERDICT_TESTDATA");
            return fromEnvironment ?? throw new InvalidOperationException("Set INTERDICT_TESTDATA to the testdata folder.");
        }
    }

    static ListSnapshot Load(string path, DateTimeOffset? published = null)
    {
        var result = ListFiles.Import(path, published);
        return result.Snapshot ?? throw new InvalidOperationException($"{path}: {result.Failure}");
    }
}
