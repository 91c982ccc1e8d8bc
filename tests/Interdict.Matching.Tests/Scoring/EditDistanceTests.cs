using CsCheck;
using Interdict.Matching.Scoring;

namespace Interdict.Matching.Tests.Scoring;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("kim", "kim", 0)]
    [InlineData("chol", "chul", 1)]      // substitution
    [InlineData("wonho", "wnoho", 1)]    // transposition
    [InlineData("ca", "abc", 2)]         // a transposition, then a letter inserted between the swapped pair
    [InlineData("ezatullah", "ezuallah", 2)] // t dropped, au swapped (three edits without unrestricted transpositions)
    [InlineData("juaitni", "jutani", 2)]
    [InlineData("haqqani", "hqaqani", 1)]
    [InlineData("yong", "syogn", 2)]
    [InlineData("abcdef", "ghijkl", 6)]
    public void Bounded_KnownPairs_GivesTheDamerauLevenshteinDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 10));
        Assert.Equal(expected, EditDistance.Bounded(b, a, 10));
    }

    [Fact]
    public void Bounded_BeyondTheLimit_ReturnsLimitPlusOne()
    {
        Assert.Equal(2, EditDistance.Bounded("ezatullah", "ezuallah", 1));
        Assert.Equal(3, EditDistance.Bounded("abcdef", "ghijkl", 2));
        Assert.Equal(2, EditDistance.Bounded("ab", "abcdefgh", 1));
    }

    /// <summary>The trimming of common prefixes and suffixes and the small-letter-table recurrence agree with the
    /// textbook algorithm over a full alphabet table, on short words over a small alphabet (where repeated letters
    /// and transpositions are frequent).</summary>
    [Fact]
    public void Bounded_RandomWords_AgreesWithTheTextbookAlgorithm()
    {
        var word = Gen.String[Gen.Char['a', 'd'], 0, 9];
        Gen.Select(word, word).Sample((a, b) => EditDistance.Bounded(a, b, 20) == Textbook(a, b), iter: 20_000);
    }

    /// <summary>Lowrance–Wagner over the whole matrix, an alphabet-wide table and no shortcut.</summary>
    static int Textbook(string a, string b)
    {
        var infinity = a.Length + b.Length;
        var d = new int[a.Length + 2, b.Length + 2];
        var lastRow = new Dictionary<char, int>();
        d[0, 0] = infinity;
        for (var i = 0; i <= a.Length; i++) (d[i + 1, 0], d[i + 1, 1]) = (infinity, i);
        for (var j = 0; j <= b.Length; j++) (d[0, j + 1], d[1, j + 1]) = (infinity, j);
        for (var i = 1; i <= a.Length; i++)
        {
            var lastColumn = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var k = lastRow.GetValueOrDefault(b[j - 1]);
                var l = lastColumn;
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                if (cost == 0) lastColumn = j;
                d[i + 1, j + 1] = new[]
                {
                    d[i, j] + cost, d[i + 1, j] + 1, d[i, j + 1] + 1, d[k, l] + (i - k - 1) + 1 + (j - l - 1),
                }.Min();
            }
            lastRow[a[i - 1]] = i;
        }
        return d[a.Length + 1, b.Length + 1];
    }
}
