using System.Globalization;
using System.Text;

namespace Interdict.Server.Console;

/// <summary>Splits a listed name into the words the matcher agreed on and the rest, so a page can mark the matched
/// tokens. The matcher reports listed tokens in its normalised form (lower case, no diacritics, hyphenated given names
/// joined); a word of the name is marked when its normalised form, or its join with the next word, is one of them.</summary>
static class Highlight
{
    /// <summary>The name cut into pieces, each with whether it is a matched word.</summary>
    public static IReadOnlyList<(string Text, bool Matched)> Pieces(string name, IEnumerable<string> matchedTokens)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = new HashSet<string>(matchedTokens.Select(Normal), StringComparer.Ordinal);
        var runs = new List<(string Text, bool Word)>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || char.IsLetterOrDigit(name[i]) != char.IsLetterOrDigit(name[start]))
            {
                runs.Add((name[start..i], char.IsLetterOrDigit(name[start])));
                start = i;
            }
        }
        var marked = new bool[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            if (!runs[i].Word) continue;
            var word = Normal(runs[i].Text);
            if (tokens.Contains(word)) marked[i] = true;
            // "Won-ho" is one joined given name to the matcher: "wonho".
            if (i + 2 < runs.Count && runs[i + 2].Word && runs[i + 1].Text is "-" or " " && tokens.Contains(word + Normal(runs[i + 2].Text)))
            {
                marked[i] = marked[i + 1] = marked[i + 2] = true;
            }
        }
        return [.. runs.Select((r, i) => (r.Text, marked[i]))];
    }

    static string Normal(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) kept.Append(char.ToLowerInvariant(c));
        }
        return kept.ToString();
    }
}
