using Interdict.Core.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Text;

/// <summary>A listed name found inside a text.</summary>
/// <param name="Entry">The listed entry.</param>
/// <param name="Version">The list version it was found in.</param>
/// <param name="Score">0..1, as the ordinary scorer scores the words found against the listed name (1.0: the
/// words are the listed name after normalisation).</param>
/// <param name="Start">Where the name starts in the text: a UTF-16 index, as .NET and JavaScript strings count.</param>
/// <param name="Length">The name's length in the text, in UTF-16 code units, from the first letter of its first
/// word to the last letter of its last (line breaks and punctuation between its words included).</param>
/// <param name="MatchedText">The text's characters at that span, as written.</param>
/// <param name="Explanation">Which listed name matched and how its words met the text's (<see cref="Explanation.NameWords"/>
/// holds the text's words as read).</param>
public sealed record TextHit(ListEntry Entry, ListVersion Version, double Score, int Start, int Length, string MatchedText, Explanation Explanation);
