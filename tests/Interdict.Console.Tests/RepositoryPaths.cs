namespace Interdict.Console.Tests;

/// <summary>The repository root (found by Interdict.Slnx above the test binaries) and the reference data copied into testdata/.</summary>
static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string TestData => Path.Combine(Root, "testdata");
    public static string UnList2018 => Path.Combine(TestData, "data", "un", "consolidated-2018-10-29.xml");
    public static string UnList2026 => Path.Combine(TestData, "data", "un", "consolidated-2026-02-27.xml");
    /// <summary>Where the browser tests save their screenshots: the documentation's folder when
    /// <c>INTERDICT_UPDATE_SCREENSHOTS=1</c>, else beside the test binaries (a test run leaves the working tree as it was).</summary>
    public static string Screenshots => Environment.GetEnvironmentVariable("INTERDICT_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(Root, "docs", "console")
        : Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with Interdict.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
