using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Tests.Transliteration;

public sealed class HangulTests
{
    [Theory]
    [InlineData('가', 0, 0, 0)]
    [InlineData('김', 0, 20, 16)]
    [InlineData('힣', 18, 20, 27)]
    [InlineData('원', 11, 14, 4)]
    public void Decompose_Syllable_GivesJamoIndexes(char syllable, int initial, int medial, int final) =>
        Assert.Equal((initial, medial, final), Hangul.Decompose(syllable));

    [Theory]
    // syllable, DPRK McCune-Reischauer (as on the UN list), classic McCune-Reischauer, Revised Romanisation
    [InlineData('김', "kim", "kim", "gim")]
    [InlineData('정', "jong", "chŏng", "jeong")]
    [InlineData('철', "chol", "ch'ŏl", "cheol")]
    [InlineData('리', "ri", "ri", "ri")]
    [InlineData('박', "pak", "pak", "bak")]
    [InlineData('최', "choe", "ch'oe", "choe")]
    [InlineData('광', "kwang", "kwang", "gwang")]
    [InlineData('은', "un", "ŭn", "eun")]
    [InlineData('혁', "hyok", "hyŏk", "hyeok")]
    [InlineData('룡', "ryong", "ryong", "ryong")]
    [InlineData('신', "sin", "shin", "sin")]
    [InlineData('평', "phyong", "p'yŏng", "pyeong")]
    [InlineData('원', "won", "wŏn", "won")]
    [InlineData('의', "ui", "ŭi", "ui")]
    public void Romanize_Syllable_InEachSystem(char syllable, string dprk, string mr, string rr)
    {
        Assert.Equal(dprk, Hangul.Romanize(syllable, RomanizationSystem.DprkMcCuneReischauer));
        Assert.Equal(mr, Hangul.Romanize(syllable, RomanizationSystem.McCuneReischauer));
        Assert.Equal(rr, Hangul.Romanize(syllable, RomanizationSystem.RevisedRomanization));
    }

    [Theory]
    [InlineData("김광일", "kim kwang il")]
    [InlineData("리원호", "ri won ho")]
    [InlineData("김 정은", "kim jong un")]
    [InlineData("조선광선은행(KKBC)", "jo son kwang son un haeng (KKBC)")]
    public void Romanize_Text_OneWordPerSyllable(string text, string expected) =>
        Assert.Equal(expected, Hangul.Romanize(text));

    [Fact]
    public void Decompose_NonSyllable_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Hangul.Decompose('A'));

    [Fact]
    public void Decompose_EverySyllable_RecomposesToItself()
    {
        for (var c = '가'; c <= '힣'; c++)
        {
            var (initial, medial, final) = Hangul.Decompose(c);
            Assert.Equal(c, (char)(0xAC00 + (initial * 21 + medial) * 28 + final));
        }
    }
}
