namespace Interdict.Matching.Tests;

/// <summary>Paths of the repository and of the shared reference data beside it.</summary>
static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared data folder (<c>../shared</c> next to the repository).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string UnList2026 => Path.Combine(Shared, "data", "un", "consolidated-2026-02-27.xml");
    public static string UnList2018 => Path.Combine(Shared, "data", "un", "consolidated-2018-10-29.xml");
    public static string OfacFolder => Path.Combine(Shared, "data", "ofac");
    public static string NamesDevSet => Path.Combine(Shared, "eval", "names", "dev.csv");

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with Interdict.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
