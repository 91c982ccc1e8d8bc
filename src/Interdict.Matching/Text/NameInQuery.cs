using Interdict.Core.Screening;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Text;

/// <summary>The words of a query that were the listed name, when only some were.</summary>
/// <param name="Query">Those words, prepared as a query (for the explanation's word pairings).</param>
/// <param name="Words">Those words as read.</param>
/// <param name="LeftOver">The query's other words.</param>
sealed record QueryWindow(PreparedQuery Query, string Words, string[] LeftOver);

/// <summary>A listed name held whole inside a longer query (<c>DPRK national Ri Pyong-chul</c>, <c>Koti Corp of
/// Pyongyang</c>): the ordinary screening's one place for it.</summary>
/// <remarks>
/// The whole query is scored first, as always. When it has more words than a name and did not already hit a name
/// as long as itself, the runs of its words that are a listed name are found as in text mode
/// (<see cref="NameWindows"/>), and an entry keeps the better of its whole-query score and
/// <c>min(run score, 0.96) − 0.3 × attached / (attached + run)</c> when the run holds the listed name whole, where <c>run</c> is the weight of the run's words
/// and <c>attached</c> that of the left-over words written onto the run with no punctuation or function word
/// between (<c>DPRK national</c> before <c>Ri Pyong-chul</c>; nothing in <c>Kim Chol-sam, a North Korean
/// official</c>) that some listed name holds (a word no listed name holds, such as <c>beneficiary</c>, or a number
/// is context and costs nothing). A query is meant to be one party: a left-over word written onto the name may be more of a
/// different person's name (<c>John Smith Ali Hassan</c>), so it costs; words set apart by a comma or <c>of</c> are
/// context. When a listed person's name has more of a person's name written onto it (a word of some listed
/// person's name, or an initial), or a person is listed under the one word found, the run is not used at all. The cap keeps 1.0 for a query that is exactly a
/// listed name.
/// </remarks>
static class NameInQuery
{
    /// <summary>Queries shorter than this are names, not names with context.</summary>
    public const int MinimumWords = 3;

    /// <summary>What attached left-over words cost, at most (when they outweigh the name by far).</summary>
    const double LeftOverCost = 0.3;

    /// <summary>The share of the listed name a run of the query must cover: the name held whole (a typo or a
    /// missing legal form aside). Text mode accepts less (<see cref="NameWindows.MinListedCoverage"/>); a query is
    /// one party, and a listed name missing a given name there is the whole-query score's to judge.</summary>
    public const float HeldWhole = 0.9f;

    /// <summary>Corroboration may add this much to a name score: runs that fall short by less still go on.</summary>
    const double EvidenceAllowance = 0.04;

    /// <summary>Adds to <paramref name="best"/> the entries whose listed name is held whole inside the query.</summary>
    /// <param name="query">The query.</param>
    /// <param name="normalized">The query's name as normalised.</param>
    /// <param name="index">The list screened.</param>
    /// <param name="threshold">The screening threshold.</param>
    /// <param name="best">Each entry's best name so far.</param>
    /// <param name="words">The query read as text: read here on first use, kept for the next list screened.</param>
    public static void Search(PartyQuery query, NormalizedName normalized, NameIndex index, double threshold, List<Screener.Best> best, ref TextWord[]? words)
    {
        if (normalized.Count < MinimumWords) return;
        foreach (var found in best)
        {
            // Already a hit on a name as long as the query: the query is a name, not a name with context.
            if (found.Score >= threshold && found.Name.Tokens.Length >= normalized.Count) return;
        }
        words ??= TextWords.Read(query.Name);
        if (words.Length < MinimumWords) return;
        // When every word is a word of some listed person's name and none is set apart, a listed person found inside
        // always has more of a person's name written onto it (the check below), so only organisations are looked for:
        // the same answer, without aligning the windows of every three-word personal name.
        var kind = query.Kind;
        if (kind != Core.Lists.PartyKind.Organization && AllPersonalAndAttached(words, index))
        {
            if (kind == Core.Lists.PartyKind.Person) return;
            kind = Core.Lists.PartyKind.Organization;
        }
        var least = Math.Max(0, threshold - EvidenceAllowance);
        foreach (var window in NameWindows.Find(words, index, least, kind, HeldWhole))
        {
            if (window.Count == words.Length || window.ListedCoverage < HeldWhole) continue; // the whole query was scored already
            var (attached, run) = NameWindows.Weights(words, window.Start, window.End, index, out var personal);
            // More of a person's name written onto a listed person's name: another person (Ziad Omar Ghulam Nabi is
            // not Mohammed Omar Ghulam Nabi, Choe Hui Il is not Choe Hwi), as the whole-query score said.
            // A person listed under one word (an alias such as Hassan or Kony) inside a longer query: the query names
            // someone more fully, and one word is not that person.
            var person = index.NameKinds[window.Name] == Core.Lists.PartyKind.Person;
            if (person && (personal || index.Names[window.Name].Tokens.Length < 2)) continue;
            var score = Math.Min(window.Score, NameScorer.InexactCeiling) - LeftOverCost * attached / Math.Max(attached + run, 1e-6f);
            if (score < least || score <= 0) continue;
            var leftOver = new string[words.Length - window.Count];
            for (int i = 0, k = 0; i < words.Length; i++)
            {
                if (i < window.Start || i >= window.End) leftOver[k++] = words[i].Token;
            }
            var name = index.Names[window.Name];
            Screener.KeepBest(best, new Screener.Best(name.Entry, name, score, 0, new QueryWindow(window.Query, window.Query.Name.Key, leftOver)));
        }
    }

    /// <summary>Every word a word of some listed person's name (or an initial), with no punctuation or function word
    /// between any two: what <see cref="NameWindows.Weights"/> reports as personal and attached for any run.</summary>
    static bool AllPersonalAndAttached(TextWord[] words, NameIndex index)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if ((i > 0 && words[i].BreakBefore) || words[i].Kind == TokenKind.Stop || !NameWindows.IsPersonal(words[i], index)) return false;
        }
        return true;
    }
}
