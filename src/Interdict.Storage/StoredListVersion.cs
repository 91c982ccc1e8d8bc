namespace Interdict.Storage;

/// <summary>A list version as imported and kept: its metadata (the original file is read with
/// <see cref="IListVersionStore.GetContentAsync"/>).</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Source">The list's short id (<c>un</c>, <c>ofac</c>).</param>
/// <param name="Label">The version label (<see cref="Core.Lists.ListVersion.Label"/>).</param>
/// <param name="Generated">When the publisher generated it.</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="ImportedBy">Who imported it.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Format">The file format (<c>un-xml</c>, <c>ofac-xml</c>…).</param>
/// <param name="EntryCount">How many entries it holds.</param>
/// <param name="Sha256">SHA-256 of the file, 64 lower-case hex digits.</param>
/// <param name="Size">The file's size in bytes.</param>
public sealed record StoredListVersion(
    long Id, string Source, string Label, DateTimeOffset Generated, DateTimeOffset ImportedAt, string ImportedBy,
    string FileName, string Format, int EntryCount, string Sha256, long Size);
