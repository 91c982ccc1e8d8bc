using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Tests.Transliteration;

public sealed class HanTests
{
    [Theory]
    [InlineData("习近平", "xi jinping")]
    [InlineData("金正恩", "jin zhengen")]
    [InlineData("丹东", "dan dong")]
    [InlineData("丹东鸿祥实业发展有限公司", "dan dong hong xiang shi ye fa zhan you xian gong si")]
    [InlineData("李 小龙", "li xiao long")]
    [InlineData("ACME 贸易", "ACME mao yi")]
    public void ToPinyin_ChineseText_ReadsMandarinWithoutTones(string text, string expected) =>
        Assert.Equal(expected, Han.ToPinyin(text));

    [Theory]
    // The surname takes the reading Unihan marks for names: 金 is 김 (Kim) there, 금 elsewhere.
    [InlineData("金正恩", "김정은")]
    [InlineData("金金", "김금")]
    [InlineData("朴永植", "박영식")]
    [InlineData("崔龍海", "최룡해")]
    [InlineData("金正恩 同志", "김정은 동지")]
    public void ToHangul_Hanja_ReadsSinoKorean(string text, string expected) =>
        Assert.Equal(expected, Han.ToHangul(text));

    [Fact]
    public void ToHangul_SimplifiedCharacter_ReadsAsItsTraditionalForm() =>
        // 铁 (simplified) has no Korean reading in Unihan; its traditional form 鐵 is 철, as in KIM CHOL SAM (金铁三).
        Assert.Equal("김철삼", Han.ToHangul("金铁三"));

    [Fact]
    public void ToHangul_ThenRomanize_GivesTheListSpelling() =>
        Assert.Equal("kim jong un", Hangul.Romanize(Han.ToHangul("金正恩")));

    [Theory]
    [InlineData("Kim Jong Un", false)]
    [InlineData("김정은", false)]
    [InlineData("金正恩", true)]
    [InlineData("𠀀", true)]
    public void Contains_DetectsChineseCharacters(string text, bool expected) => Assert.Equal(expected, Han.Contains(text));

    [Fact]
    public void ToPinyin_CharacterWithoutReading_IsKept() => Assert.Equal("〇", Han.ToPinyin("〇"));
}
