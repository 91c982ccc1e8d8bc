namespace Interdict.Storage;

/// <summary>Imported list versions with their original files, so a restarted server has every version. Thread-safe.</summary>
public interface IListVersionStore
{
    /// <summary>Keeps a version; idempotent on (source, SHA-256 of the content).</summary>
    Task<ListVersionSave> SaveAsync(ListVersionFile file, CancellationToken cancellationToken);

    /// <summary>Keeps a version and, when it is new, commits what <paramref name="followUp"/> makes of it (the import's
    /// audit record, the job that re-screens customers and delists alerts) in the same transaction; a version already
    /// stored writes nothing.</summary>
    Task<Committed<ListVersionSave>> SaveAsync(ListVersionFile file, Func<StoredListVersion, FollowUp?>? followUp, CancellationToken cancellationToken);

    /// <summary>Stored versions, of one source or all, oldest generated first.</summary>
    Task<IReadOnlyList<StoredListVersion>> ListAsync(string? source, CancellationToken cancellationToken);

    /// <summary>The original file of a stored version; null when there is no such version.</summary>
    Task<byte[]?> GetContentAsync(long id, CancellationToken cancellationToken);
}
