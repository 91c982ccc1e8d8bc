using System.Collections.Immutable;
using Interdict.Core.Alerts;
using Interdict.Core.Lists;
using Interdict.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>What a list import did.</summary>
/// <param name="Version">The version read (null when refused).</param>
/// <param name="Entries">Entries it holds.</param>
/// <param name="Issues">Records skipped or read with caveats.</param>
/// <param name="Stored">True when the version was new and is now stored.</param>
/// <param name="Loaded">True when it is now served.</param>
/// <param name="Newest">True when it became the newest version of its list (customers were re-screened).</param>
/// <param name="ComparedWith">The version the diff was computed against, if any.</param>
/// <param name="Added">Entries added (all entries for the first version of a list).</param>
/// <param name="Removed">Entries removed.</param>
/// <param name="Changed">Entries changed.</param>
/// <param name="CustomersScored">Customers the reverse index proposed and the scorer screened.</param>
/// <param name="Hits">Matches found on added and changed entries.</param>
/// <param name="Raised">Alerts raised (matches already under review or suppressed raise none).</param>
/// <param name="Delisted">Undecided alerts marked "entry delisted".</param>
/// <param name="Elapsed">Time taken.</param>
/// <param name="Failure">Why the file was refused; null otherwise.</param>
public sealed record ListImportReport(ListVersion? Version, int Entries, ImmutableArray<ImportIssue> Issues, bool Stored, bool Loaded, bool Newest,
    ListVersion? ComparedWith, int Added, int Removed, int Changed, int CustomersScored, int Hits, IReadOnlyList<Alert> Raised, int Delisted,
    TimeSpan Elapsed, ImportIssue? Failure)
{
    internal static ListImportReport Refused(ImportIssue failure) =>
        new(null, 0, [], false, false, false, null, 0, 0, 0, 0, 0, [], 0, TimeSpan.Zero, failure);

    internal static ListImportReport AlreadyLoaded(ListVersion version, int entries, ImmutableArray<ImportIssue> issues) =>
        new(version, entries, issues, false, true, false, null, 0, 0, 0, 0, 0, [], 0, TimeSpan.Zero, null);
}
