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
    ReverseQuery(ReverseUnit[] units) => Units = units;

    public ReverseUnit[] Units { get; }

    public static ReverseQuery Prepare(NormalizedName name, NameIndex parties)
    {
        var units = new List<ReverseUnit>(name.Count * 2);
        for (var i = 0; i < name.Count; i++) units.Add(new ReverseUnit(i, 1, QueryUnit.Lookup(name.Tokens[i], i, 1, parties).Matches));
        foreach (var span in NameIndexBuilder.JoinableSpans(name, null))
        {
            units.Add(new ReverseUnit(span.Start, span.Length, QueryUnit.Lookup(span.Text!, span.Start, 1, parties).Matches));
        }
        return new ReverseQuery([.. units]);
    }
}

/// <summary>A word of a listed name, or a run of words read as one, with the party tokens it matches.</summary>
readonly record struct ReverseUnit(int Start, int Length, TokenHit[] Matches);
