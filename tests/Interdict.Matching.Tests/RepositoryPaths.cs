namespace Interdict.Matching.Tests;

/// <summary>Paths of the repository and of the reference data copied into it (testdata/).</summary>
static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The reference data copied into the repository (<c>testdata/</c>; sources in its README).</summary>
    public static string TestData => Path.Combine(Root, "testdata");

    public static string UnList2026 => Path.Combine(TestData, "data", "un", "consolidated-2026-02-27.xml");
    public static string UnList2018 => Path.Combine(TestData, "data", "un", "consolidated-2018-10-29.xml");
    public static string OfacFolder => Path.Combine(TestData, "data", "ofac");
    public static string NamesDevSet => Path.Combine(TestData, "eval", "names", "dev.csv");
    public static string GeneralDevSet => Path.Combine(TestData, "eval", "general", "dev.csv");

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with Interdict.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
