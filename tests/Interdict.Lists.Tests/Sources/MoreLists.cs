using Interdict.Core.Lists;

namespace Interdict.Lists.Tests.Sources;

/// <summary>The real sample files of the newer formats in <c>testdata/data/lists-more</c>, imported once per run through
/// <see cref="ListFiles.Import"/> (format detected from content).</summary>
static class MoreLists
{
    /// <summary>The date given to the formats that carry none (OpenSanctions' entity files).</summary>
    public static readonly DateTimeOffset FtmDate = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Folder => Path.Combine(RealLists.TestData, "lists-more");

    public static string EuPath => Path.Combine(Folder, "eu", "eu-fsf-1.1_2026-08-05_extract.xml");

    public static string UkPath => Path.Combine(Folder, "uk", "uk-fcdo-sanctions-list_2026-09-10_extract.xml");

    public static string OfacEnhancedPath => Path.Combine(Folder, "ofac", "CONS_ENHANCED.XML");

    public static string ZalaPath => Path.Combine(Folder, "opensanctions-ftm", "yente-zala_entities.ftm.json");

    public static string FtmT1Path => Path.Combine(Folder, "opensanctions-ftm", "yente-t1_entities.ftm.json");

    static readonly Lazy<ImportResult> EuLazy = new(() => ListFiles.Import(EuPath));
    static readonly Lazy<ImportResult> UkLazy = new(() => ListFiles.Import(UkPath));
    static readonly Lazy<ImportResult> OfacEnhancedLazy = new(() => ListFiles.Import(OfacEnhancedPath));
    static readonly Lazy<ImportResult> ZalaLazy = new(() => ListFiles.Import(ZalaPath, FtmDate));

    public static ImportResult EuResult => EuLazy.Value;

    public static ImportResult UkResult => UkLazy.Value;

    public static ImportResult OfacEnhancedResult => OfacEnhancedLazy.Value;

    public static ImportResult ZalaResult => ZalaLazy.Value;

    public static ListSnapshot Eu => EuResult.GetSnapshotOrThrow();

    public static ListSnapshot Uk => UkResult.GetSnapshotOrThrow();

    public static ListSnapshot OfacEnhanced => OfacEnhancedResult.GetSnapshotOrThrow();

    public static ListSnapshot Zala => ZalaResult.GetSnapshotOrThrow();
}
