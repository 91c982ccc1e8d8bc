using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Screening;

/// <summary>Candidate retrieval: the names that share a matched word with the query, through the inverted index.</summary>
static class Candidates
{
    /// <summary>A word held by more names than this is not used to retrieve candidates when the query has rarer words:
    /// <c>Kim</c> or <c>Trading</c> alone would pull in hundreds of names that cannot reach the threshold.</summary>
    const int CommonWordPostings = 400;

    public static IEnumerable<int> Collect(PreparedQuery query, NameIndex index)
    {
        var seen = new HashSet<int>();
        var hasRareWord = false;
        foreach (var unit in query.Units)
        {
            if (!Retrieves(unit, query)) continue;
            foreach (var (token, _) in unit.Matches)
            {
                if (index.Postings[token].Length <= CommonWordPostings) hasRareWord = true;
            }
        }
        foreach (var unit in query.Units)
        {
            if (!Retrieves(unit, query)) continue;
            foreach (var (token, _) in unit.Matches)
            {
                var postings = index.Postings[token];
                if (hasRareWord && postings.Length > CommonWordPostings) continue;
                foreach (var name in postings) seen.Add(name);
            }
        }
        return seen;
    }

    /// <summary>Legal forms, titles and function words retrieve only when the query has nothing else.</summary>
    static bool Retrieves(QueryUnit unit, PreparedQuery query)
    {
        if (unit.Length > 1) return true;
        if (query.Name.Kinds[unit.Start] is TokenKind.Word or TokenKind.Particle) return true;
        foreach (var kind in query.Name.Kinds)
        {
            if (kind is TokenKind.Word or TokenKind.Particle) return false;
        }
        return true;
    }
}
