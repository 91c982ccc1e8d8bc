namespace Interdict.Lists;

/// <summary>Where an imported version's date was read: the file and its element or attribute (<c>date</c> when it was
/// given at import), so that a refusal of the date can point at it.</summary>
/// <param name="File">The file (<c>consolidated.xml</c>, <c>sdn.csv</c>).</param>
/// <param name="Field">The element or attribute (<c>dateGenerated</c>, <c>DateGenerated</c>, <c>date</c>).</param>
public sealed record ListDating(string File, string Field);
