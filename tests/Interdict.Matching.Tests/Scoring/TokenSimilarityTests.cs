using Interdict.Matching.Scoring;

namespace Interdict.Matching.Tests.Scoring;

public sealed class TokenSimilarityTests
{
    [Theory]
    [InlineData("choae", "choe")]   // `Cho Ae` run together is not a slip for the one syllable `Choe`
    [InlineData("choil", "chol")]
    public void Compare_JoinedRunMistypedAsOneKoreanSyllable_DoesNotMatch(string run, string syllable)
    {
        Assert.Equal(0f, TokenSimilarity.Compare(run, syllable, joined: true).Similarity);
        Assert.Equal(0f, TokenSimilarity.Compare(syllable, run, joined: true).Similarity);
    }

    [Theory]
    [InlineData("wonho", "wonhp")]      // a joined given name with one typo still meets
    [InlineData("abdulrahim", "abdulrahin")]
    public void Compare_JoinedRunWithOneTypo_Matches(string run, string word)
    {
        var (similarity, kind) = TokenSimilarity.Compare(run, word, joined: true);
        Assert.Equal(MatchKind.Typo, kind);
        Assert.InRange(similarity, 0.8f, 0.99f);
    }

    [Fact]
    public void Compare_TypoBetweenTwoValidSyllables_KeepsLittleCredit()
    {
        var (distinct, _) = TokenSimilarity.Compare("myong", "kyong");   // two syllables: another name
        var (slip, _) = TokenSimilarity.Compare("myong", "myonh");       // not a syllable: a slip of the keyboard
        Assert.InRange(distinct, 0.3f, 0.4f);
        Assert.True(slip > 0.8f, $"{slip}");
    }
}
