namespace Interdict.Cluster.Tests;

/// <summary>Paths of the reference data in the repository (testdata/).</summary>
static class RepositoryPaths
{
    internal static readonly string Root = FindRoot();

    public static string UnList2018 => Path.Combine(Root, "testdata", "data", "un", "consolidated-2018-10-29.xml");
    public static string UnList2026 => Path.Combine(Root, "testdata", "data", "un", "consolidated-2026-02-27.xml");

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with Interdict.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
