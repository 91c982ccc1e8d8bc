namespace Interdict.Storage;

/// <summary>The result of keeping a list version.</summary>
/// <param name="Version">The stored version.</param>
/// <param name="Created">False when the same file (same source and SHA-256) was already stored: saving is idempotent.</param>
public sealed record ListVersionSave(StoredListVersion Version, bool Created);
