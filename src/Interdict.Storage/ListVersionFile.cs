namespace Interdict.Storage;

/// <summary>A list version to keep: what the importer learnt of it, and the original bytes.</summary>
/// <param name="Source">The list's short id.</param>
/// <param name="Label">The version label.</param>
/// <param name="Generated">When the publisher generated it.</param>
/// <param name="ImportedBy">Who imports it.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="Format">The file format (<c>un-xml</c>…).</param>
/// <param name="EntryCount">How many entries it holds.</param>
/// <param name="Content">The file's bytes, kept unchanged so a restarted server reads exactly what was imported.</param>
public sealed record ListVersionFile(
    string Source, string Label, DateTimeOffset Generated, string ImportedBy, string FileName, string Format,
    int EntryCount, ReadOnlyMemory<byte> Content);
