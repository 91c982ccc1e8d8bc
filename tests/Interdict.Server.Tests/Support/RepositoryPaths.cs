namespace Interdict.Server.Tests.Support;

/// <summary>Paths of the repository and of the reference data copied into it (testdata/).</summary>
static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string TestData => Path.Combine(Root, "testdata");
    public static string UnList2018 => Path.Combine(TestData, "data", "un", "consolidated-2018-10-29.xml");
    public static string OfacFolder => Path.Combine(TestData, "data", "ofac");
    public static string UnList2026 => Path.Combine(TestData, "data", "un", "consolidated-2026-02-27.xml");
    public static string MoreLists => Path.Combine(TestData, "data", "lists-more");

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with Interdict.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
