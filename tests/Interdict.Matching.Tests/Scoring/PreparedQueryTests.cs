using Interdict.Core.Lists;
using Interdict.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Tests.Scoring;

/// <summary>A prepared query answers from per-thread token slots while it owns them, and from its own token list after
/// the thread has prepared another query; both must give the same answers.</summary>
public sealed class PreparedQueryTests
{
    static readonly Lazy<NameIndex> Un = new(() => new NameIndexBuilder().Add(ListFiles.Import(RepositoryPaths.UnList2026).Snapshot!).Build());

    [Theory]
    [InlineData("Ri Won-ho")]
    [InlineData("Choi Chun Sik")]
    [InlineData("Korea Tangun Trdg Corp")]
    public void MatchesOf_AfterTheThreadPreparedAnotherQuery_AnswersAsBefore(string text)
    {
        var index = Un.Value;
        var query = PreparedQuery.Prepare(NameNormalizer.Normalize(text), index);
        var tokens = query.Units.SelectMany(u => u.Matches).Select(m => m.Token).Distinct().ToArray();
        Assert.NotEmpty(tokens);
        var unmatched = Enumerable.Range(0, index.TokenCount).First(t => !tokens.Contains(t));
        var matches = tokens.Select(t => query.MatchesOf(t).ToArray()).ToArray();
        var covers = tokens.Select(query.BestCover).ToArray();
        var scores = index.Names.Take(500).Select(n => NameScorer.Score(query, n)).ToArray();

        // Claims the thread's token slots, giving the same tokens other slots (other word order, another word
        // first): the first query must now answer from its own list.
        PreparedQuery.Prepare(NameNormalizer.Normalize("Kim " + string.Join(' ', text.Split(' ', '-').Reverse())), index);

        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.Equal(matches[i], query.MatchesOf(tokens[i]).ToArray());
            Assert.Equal(covers[i], query.BestCover(tokens[i]));
        }
        Assert.True(query.MatchesOf(unmatched).IsEmpty);
        Assert.Equal(0f, query.BestCover(unmatched));
        Assert.Equal(scores, index.Names.Take(500).Select(n => NameScorer.Score(query, n)).ToArray());
    }

    [Fact]
    public void MatchesOf_TokenMatchedByTwoUnits_ListsThemInUnitOrder()
    {
        // "won ho" matches the joined listed token "wonho" as a run, and "won" and "ho" match their own tokens.
        var query = PreparedQuery.Prepare(NameNormalizer.Normalize("Ri Won Ho Won"), Un.Value);
        foreach (var token in query.Units.SelectMany(u => u.Matches).Select(m => m.Token).Distinct())
        {
            var units = query.MatchesOf(token).ToArray().Select(m => m.Unit).ToArray();
            Assert.Equal(units.Order().ToArray(), units);
            Assert.Equal(units.Length, query.Units.Count(u => u.Matches.Any(m => m.Token == token)));
        }
    }

    /// <summary>Payment texts carry a new number in nearly every line: one the index lacks meets nothing and is not
    /// kept in the look-up cache (which it would fill, sending every later new word to a search).</summary>
    [Theory]
    [InlineData("73950418")]
    [InlineData("e2e73950418")]
    public void Lookup_NumberTheIndexLacks_MeetsNothingAndIsNotCached(string number)
    {
        var index = Un.Value;
        Assert.False(index.TokenIds.ContainsKey(number));
        Assert.Empty(QueryUnit.Lookup(number, 0, 1, index).Matches);
        Assert.False(index.LookupCache(joined: false).TryGetValue(number, out _));
    }

    /// <summary>A number the list holds (a vessel's, a date's) meets itself exactly, and no other number near it.</summary>
    [Fact]
    public void Lookup_NumberTheIndexHolds_MeetsOnlyItself()
    {
        var index = Un.Value;
        var number = index.TokenText.First(t => t.Any(char.IsAsciiDigit) && t.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)));
        var hit = Assert.Single(QueryUnit.Lookup(number, 0, 1, index).Matches);
        Assert.Equal((index.TokenIds[number], 1f, MatchKind.Exact), (hit.Token, hit.Similarity, hit.Kind));
    }
}
