using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Monitoring;

/// <summary>A listed name looked up among the parties' words: its words and joinable runs, each with the party
/// tokens it matches.</summary>
/// <remarks>Unlike a forward <see cref="PreparedQuery"/>, every unit, a joined run included, is looked up as a plain
/// word. The forward look-up allows a joined pairing fewer typos, but only when the listed run is not also a word of
/// the list (<c>abdulrahim</c> written joined by another entry); looking runs up as words finds every pair the forward
/// direction can find, with the same similarity, and a few more.</remarks>
sealed class ReverseQuery
{
    readonly Dictionary<int, UnitMatch[]> _byToken;

    ReverseQuery(ReverseUnit[] units, Dictionary<int, UnitMatch[]> byToken)
    {
        Units = units;
        _byToken = byToken;
    }

    public ReverseUnit[] Units { get; }

    /// <summary>The units that match a party token, with how well.</summary>
    public ReadOnlySpan<UnitMatch> MatchesOf(int token) => _byToken.TryGetValue(token, out var matches) ? matches : default;

    public static ReverseQuery Prepare(NormalizedName name, NameIndex parties)
    {
        var units = new List<ReverseUnit>(name.Count * 2);
        for (var i = 0; i < name.Count; i++) units.Add(new ReverseUnit(i, 1, QueryUnit.Lookup(name.Tokens[i], i, 1, parties).Matches));
        foreach (var span in NameIndexBuilder.JoinableSpans(name, null))
        {
            units.Add(new ReverseUnit(span.Start, span.Length, QueryUnit.Lookup(span.Text!, span.Start, 1, parties).Matches));
        }
        var byToken = new Dictionary<int, List<UnitMatch>>();
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var match in units[u].Matches)
            {
                if (!byToken.TryGetValue(match.Token, out var list)) byToken[match.Token] = list = new List<UnitMatch>(1);
                list.Add(new UnitMatch(u, match.Similarity, match.Kind));
            }
        }
        return new ReverseQuery([.. units], byToken.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }
}

/// <summary>A word of a listed name, or a run of words read as one, with the party tokens it matches.</summary>
readonly record struct ReverseUnit(int Start, int Length, TokenHit[] Matches);
