using Interdict.Core.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Text;

/// <summary>Text mode: every listed name inside a text, with its span (<see cref="Screener.ScreenText"/>).</summary>
static class TextScan
{
    /// <summary>The names of the given indexes found in <paramref name="text"/>, in the order they are written
    /// (then best first).</summary>
    public static List<TextHit> Screen(string text, IEnumerable<NameIndex> indexes, ScreeningOptions options)
    {
        var hits = new List<TextHit>();
        var words = TextWords.Read(text);
        if (words.Length == 0) return hits;
        foreach (var index in indexes)
        {
            foreach (var window in NameWindows.Find(words, index, options.Threshold, PartyKind.Unknown))
            {
                var name = index.Names[window.Name];
                var entry = index.Entries[name.Entry];
                if (options.AsOf is { } asOf && entry.Entry.ListedOn is { } listedOn && listedOn > asOf) continue;
                var start = words[window.Start].Start;
                var length = words[window.End - 1].End - start;
                var score = Math.Round(window.Score, 4);
                var comparison = Scoring.NameScorer.Compare(window.Query, name);
                var explanation = new Explanation(window.Query.Name.Key, name.Name.Full, name.Name.Kind, name.Name.Quality, score, comparison, [])
                {
                    ListedReading = name.Reading,
                    ListedReadAs = name.Reading == Transliteration.NameReading.AsWritten ? null : name.Key,
                    NameWords = window.Query.Name.Key,
                };
                Keep(hits, new TextHit(entry.Entry, entry.Version, score, start, length, text.Substring(start, length), explanation));
            }
        }
        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Score.CompareTo(a.Score));
        return hits;
    }

    /// <summary>One hit per entry and place: two names of one entry over the same words (a name and its alias)
    /// give the better.</summary>
    static void Keep(List<TextHit> hits, TextHit hit)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var other = hits[i];
            if (!ReferenceEquals(other.Entry, hit.Entry) || other.Start >= hit.Start + hit.Length || hit.Start >= other.Start + other.Length) continue;
            if (hit.Score > other.Score) hits[i] = hit;
            return;
        }
        hits.Add(hit);
    }
}
