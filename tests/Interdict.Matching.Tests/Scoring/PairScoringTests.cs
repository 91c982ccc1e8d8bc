using CsCheck;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Scoring;

/// <summary>The scorer through its public pair comparison: the same scorer screening uses.</summary>
public sealed class PairScoringTests
{
    const double Threshold = ScreeningOptions.DefaultThreshold;

    [Theory]
    [InlineData("RI WON HO", "RI WON HO")]
    [InlineData("Ri Won-ho", "RI WON HO")]
    [InlineData("ri, won ho", "RI WON HO")]
    [InlineData("KOREA TANGUN TRADING CORPORATION", "Korea Tangun Trading Corp.")]
    public void Compare_SameNormalizedName_ScoresExactlyOne(string a, string b) => Assert.Equal(1.0, PairComparer.Compare(a, b).Score);

    [Fact]
    public void Compare_SameWordsInAnotherOrder_ScoresJustBelowOne() => Assert.Equal(0.98, PairComparer.Compare("Won Ho Ri", "RI WON HO").Score);

    [Theory]
    [InlineData("Choi Sung Il", "CHOE SONG IL")]
    [InlineData("Lee Won-ho", "RI WON HO")]
    [InlineData("Ri Wonho", "RI WON HO")]
    [InlineData("Park Young Shik", "PAK YONG SIK")]
    [InlineData("Kim Jong Un", "KIM JONG UN")]
    [InlineData("Byung Chol Lee", "RI PYONG CHUL")]
    [InlineData("Chongchongang Shpg Co Ltd", "CHONGCHONGANG SHIPPING COMPANY")]
    [InlineData("Nam Chon Gang Corporation", "NAMCHONGANG TRADING CORPORATION")]
    [InlineData("Akhtar Mohammad Mansour Khan Muhamman", "Akhtar Mohammad Mansour Khan Muhammad")]
    public void Compare_VariantsOfOneName_ReachTheThreshold(string query, string listed) =>
        Assert.True(PairComparer.Compare(query, listed).Score >= Threshold, $"{PairComparer.Compare(query, listed)}");

    [Theory]
    [InlineData("Kim Jong Man", "KIM JONG SIK")]          // one Korean syllable differs: another person
    [InlineData("Kim Jong Un", "KIM JONG IL")]
    [InlineData("Cho Yon Il", "CHO YON CHUN")]
    [InlineData("Korea Daesong Trading", "KOREA KWANGSON BANKING CORPORATION")]
    [InlineData("Nour Rahman", "Noor Ahmad")]
    [InlineData("Golden Star Trading Company Limited", "GREEN PINE ASSOCIATED CORPORATION")]
    public void Compare_DifferentNames_StayBelowTheThreshold(string query, string listed) =>
        Assert.True(PairComparer.Compare(query, listed).Score < Threshold, $"{PairComparer.Compare(query, listed)}");

    [Fact]
    public void Compare_LegalFormsOnly_DoNotMakeCompaniesAlike() =>
        Assert.True(PairComparer.Compare("Alpha Trading Corporation", "Omega Shipping Corporation").Score < 0.5);

    [Fact]
    public void Compare_Explanation_NamesTheWordPairings()
    {
        var result = PairComparer.Compare("Choi Wonho", "CHOE WON HO");
        var explanation = result.Explanation!;
        Assert.Contains(explanation.Comparison.Matches, m => m.Query == "choi" && m.Listed == "choe");
        Assert.Contains(explanation.Comparison.Matches, m => m.Query == "wonho" && m.Listed == "won ho" && m.Joined);
    }

    [Fact]
    public void Compare_AnyTwoNames_ScoreIsBetweenZeroAndOne() =>
        Gen.Select(Names, Names).Sample((a, b) => PairComparer.Compare(a, b).Score is >= 0 and <= 1, iter: 2000);

    [Fact]
    public void Compare_NameWithItself_ScoresOne() =>
        Names.Sample(a => PairComparer.Compare(a, a).Score == 1.0, iter: 2000);

    /// <summary>Names built of real name words, spelling variants and noise, with punctuation and case changes.</summary>
    static readonly Gen<string> Names =
        Gen.OneOf("kim", "ri", "pak", "choe", "jong", "won", "ho", "il", "sung", "muhammad", "al", "abd", "trading", "co", "ltd",
                "korea", "x", "김", "광", "Иван", "ثروت", "金", "o'brien", "jean-luc", "39", "zz")
            .Array[1, 5]
            .Select(Gen.OneOf(" ", "-", ", ", "  "), Gen.Bool, (words, separator, upper) =>
            {
                var text = string.Join(separator, words);
                return upper ? text.ToUpperInvariant() : text;
            })
            .Where(text => text.Any(char.IsLetterOrDigit));
}
