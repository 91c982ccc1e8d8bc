using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>The outcome of importing one list file (or folder): either a complete <see cref="ListSnapshot"/> with the
/// issues met on the way, or the one issue that made the input unusable.</summary>
/// <remarks>
/// <para>Exactly one of <see cref="Snapshot"/> and <see cref="Failure"/> is set. A failed import never carries a partial
/// snapshot: nothing half-imported is returned.</para>
/// <para>On success, <see cref="Issues"/> lists records that were skipped and fields that could not be read; the rest of
/// the file was imported. Importers return results for bad input and never throw for it; they throw only for
/// programmer errors (a null argument).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ImportResult
{
    ImportResult(ListSnapshot? snapshot, ImportIssue? failure, ImmutableArray<ImportIssue> issues, ListDating? datedBy = null)
    {
        Snapshot = snapshot;
        Failure = failure;
        Issues = issues;
        DatedBy = datedBy;
    }

    /// <summary>True when the input was read and <see cref="Snapshot"/> holds the list.</summary>
    [MemberNotNullWhen(true, nameof(Snapshot))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Success => Snapshot is not null;

    /// <summary>The imported list, when <see cref="Success"/>; otherwise null.</summary>
    public ListSnapshot? Snapshot { get; }

    /// <summary>Why the input could not be imported, when not <see cref="Success"/>; otherwise null.</summary>
    public ImportIssue? Failure { get; }

    /// <summary>Per-record issues: records skipped, fields not understood. Empty when everything was read.
    /// On failure it holds the issues met before the fatal one.</summary>
    public ImmutableArray<ImportIssue> Issues { get; }

    /// <summary>Where the version's date was read (file and field), when the importer said; null for a result made by hand.</summary>
    public ListDating? DatedBy { get; }

    /// <summary>This result, with where its version's date was read.</summary>
    /// <param name="datedBy">The file and field.</param>
    public ImportResult WithDating(ListDating datedBy)
    {
        ArgumentNullException.ThrowIfNull(datedBy);
        return new ImportResult(Snapshot, Failure, Issues, datedBy);
    }

    /// <summary>A successful import.</summary>
    /// <param name="snapshot">The complete list.</param>
    /// <param name="issues">Records skipped or read with caveats.</param>
    public static ImportResult Succeeded(ListSnapshot snapshot, IEnumerable<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ImportResult(snapshot, null, issues is null ? [] : [.. issues]);
    }

    /// <summary>A failed import.</summary>
    /// <param name="failure">What made the input unusable, and where.</param>
    /// <param name="issues">Issues met before the failure, if any.</param>
    public static ImportResult Failed(ImportIssue failure, IEnumerable<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new ImportResult(null, failure, issues is null ? [] : [.. issues]);
    }

    /// <summary>Gets the snapshot when the import succeeded.</summary>
    /// <param name="snapshot">The imported list, or null on failure.</param>
    /// <returns>True on success.</returns>
    public bool TryGetSnapshot([NotNullWhen(true)] out ListSnapshot? snapshot)
    {
        snapshot = Snapshot;
        return snapshot is not null;
    }

    /// <summary>Gets the snapshot, or throws when the import failed.</summary>
    /// <exception cref="InvalidOperationException">The import failed; the message is the failure.</exception>
    public ListSnapshot GetSnapshotOrThrow() =>
        Snapshot ?? throw new InvalidOperationException($"The list could not be imported: {Failure}");

    /// <inheritdoc/>
    public override string ToString() => Success
        ? $"{Snapshot.Version}: {Snapshot.Entries.Length} entries, {Issues.Length} issues"
        : $"failed: {Failure}";
}
