namespace Interdict.Hosting.Lists;

/// <summary>One file of a list version, in memory.</summary>
/// <param name="Name">The file name (<c>consolidated.xml</c>, <c>sdn.csv</c>).</param>
/// <param name="Content">The bytes as published.</param>
public sealed record ListFile(string Name, byte[] Content);
