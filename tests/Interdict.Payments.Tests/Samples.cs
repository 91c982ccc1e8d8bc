namespace Interdict.Payments.Tests;

/// <summary>The real sample messages in <c>testdata/data/payments</c> (sources in its README) and the scenarios.</summary>
static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Payments => Path.Combine(Root, "testdata", "data", "payments");
    public static string Iso => Path.Combine(Payments, "iso20022");
    public static string Mt => Path.Combine(Payments, "swift-mt");
    public static string Scenarios => Path.Combine(Root, "testdata", "payments-scenarios");

    /// <summary>Every ISO 20022 message or header file (the schemas are not messages).</summary>
    public static IEnumerable<string> IsoFiles => Directory.EnumerateFiles(Iso, "*.xml", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}xsd{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static IEnumerable<string> MtFiles => Directory.EnumerateFiles(Mt, "*.*", SearchOption.AllDirectories)
        .Where(f => f.EndsWith(".fin", StringComparison.Ordinal) || f.EndsWith(".rje", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static string IsoPath(string relative) => Path.Combine(Iso, relative);
    public static string MtPath(string relative) => Path.Combine(Mt, relative);

    public static PaymentReadResult ReadOne(string path) =>
        new PaymentParser().Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static Payment Read(string path)
    {
        var result = ReadOne(path);
        Assert.True(result.Success, result.ToString());
        return result.Payment;
    }

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Interdict.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with Interdict.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
