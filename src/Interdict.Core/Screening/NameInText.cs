namespace Interdict.Core.Screening;

/// <summary>A listed name found inside a text.</summary>
/// <param name="Hit">The listed party, the name of it that matched, the score and why.</param>
/// <param name="Start">Where the name starts in the text (a UTF-16 index).</param>
/// <param name="Length">Its length in the text, in UTF-16 code units, from its first letter to its last.</param>
public sealed record NameInText(PartyHit Hit, int Start, int Length);
