using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Benchmarks;

/// <summary>The real lists the benchmarks run on, read once per process from the shared data beside the repository.</summary>
static class BenchmarkData
{
    static readonly Lazy<ListSnapshot> UnLazy = new(() => Load(Path.Combine(Shared, "data", "un", "consolidated-2026-02-27.xml")));
    static readonly Lazy<ListSnapshot> OfacLazy = new(() => Load(Path.Combine(Shared, "data", "ofac")));

    public static ListSnapshot Un => UnLazy.Value;
    public static ListSnapshot Ofac => OfacLazy.Value;

    /// <summary>Queries of the labelled development set: names as users type them (typos, Hangul, other scripts, non-listed names).</summary>
    public static string[] DevelopmentQueries()
    {
        var path = Path.Combine(Shared, "eval", "names", "dev.csv");
        return File.ReadLines(path).Skip(1).Select(line => line.StartsWith('"') ? line : line.Split(',')[1]).Where(n => n.Length > 0 && !n.StartsWith('"')).ToArray();
    }

    static string Shared
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return Path.Combine(directory.FullName, "..", "shared");
            }
            var fromEnvironment = Environment.GetEnvironmentVariable("INTERDICT_SHARED");
            return fromEnvironment ?? throw new InvalidOperationException("Set INTERDICT_SHARED to the shared data folder.");
        }
    }

    static ListSnapshot Load(string path)
    {
        var result = ListFiles.Import(path);
        return result.Snapshot ?? throw new InvalidOperationException($"{path}: {result.Failure}");
    }
}
