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
    /// <summary>True when the version was refused only because it shrinks the list in force by more than allowed:
    /// importing it again with the shrink confirmed will store it. <see cref="ComparedWith"/>, <see cref="Added"/>,
    /// <see cref="Removed"/> and <see cref="Changed"/> then give the diff against the version in force.</summary>
    public bool NeedsConfirmation { get; init; }

    /// <summary>True when the version is in force today (its date is today or earlier); a version dated tomorrow is
    /// stored and comes into force on its date.</summary>
    public bool InForce { get; init; } = true;

    internal static ListImportReport Refused(ImportIssue failure) =>
        new(null, 0, [], false, false, false, null, 0, 0, 0, 0, 0, [], 0, TimeSpan.Zero, failure) { InForce = false };

    internal static ListImportReport Refused(ListRefusal refusal, ListSnapshot? snapshot) => refusal.Shrink is { } diff
        ? new(diff.To, snapshot?.Entries.Length ?? 0, [], false, false, false, diff.From, diff.Added.Length, diff.Removed.Length, diff.Changed.Length,
            0, 0, [], 0, TimeSpan.Zero, refusal.Reason) { NeedsConfirmation = true, InForce = false }
        : Refused(refusal.Reason);

    internal static ListImportReport AlreadyLoaded(ListVersion version, int entries, ImmutableArray<ImportIssue> issues) =>
        new(version, entries, issues, false, true, false, null, 0, 0, 0, 0, 0, [], 0, TimeSpan.Zero, null);
}
