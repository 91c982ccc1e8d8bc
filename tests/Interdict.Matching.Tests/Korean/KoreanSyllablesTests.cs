using Interdict.Matching.Korean;

namespace Interdict.Matching.Tests.Korean;

public sealed class KoreanSyllablesTests
{
    [Theory]
    // the same Korean syllable in McCune-Reischauer (DPRK and classic), Revised Romanisation and common spellings
    [InlineData("choe", "choi")]
    [InlineData("ri", "lee")]
    [InlineData("ri", "yi")]
    [InlineData("ri", "rhee")]
    [InlineData("ri", "i")]
    [InlineData("pak", "park")]
    [InlineData("pak", "bak")]
    [InlineData("jong", "jeong")]
    [InlineData("jong", "chong")]
    [InlineData("jong", "chung")]
    [InlineData("chol", "cheol")]
    [InlineData("chol", "chul")]
    [InlineData("won", "weon")]
    [InlineData("uk", "wook")]
    [InlineData("yong", "young")]
    [InlineData("sik", "shik")]
    [InlineData("kwang", "gwang")]
    [InlineData("jo", "joe")]
    [InlineData("un", "eun")]
    [InlineData("hyok", "hyeok")]
    [InlineData("hyok", "hyuk")]
    [InlineData("ryu", "yu")]
    [InlineData("rim", "lim")]
    [InlineData("song", "sung")]
    [InlineData("kim", "gim")]
    [InlineData("kuryonggang", "guryonggang")]
    [InlineData("taesong", "daeseong")]
    public void Equivalent_SpellingsOfOneSyllable_AreEquivalent(string a, string b)
    {
        Assert.True(KoreanSyllables.Equivalent(a, b), $"{a} / {b}");
        Assert.True(KoreanSyllables.Equivalent(b, a), $"{b} / {a}");
    }

    [Theory]
    // different syllables: a different person
    [InlineData("kim", "pak")]
    [InlineData("jong", "jang")]
    [InlineData("man", "mun")]
    [InlineData("cho", "choe")]
    [InlineData("sik", "sok")]
    [InlineData("yong", "yon")]
    [InlineData("jeon", "joon")]
    [InlineData("trading", "trading")]
    public void Equivalent_DifferentSyllables_AreNot(string a, string b) => Assert.False(KoreanSyllables.Equivalent(a, b), $"{a} / {b}");

    [Theory]
    // Latin words forced into Hangul shapes no Korean name is written with (릐, 골게, 밍): not Korean spellings of one name
    [InlineData("li", "lui")]        // Li Ming is not Lui Wai Ming (PAK BONG NAM's alias)
    [InlineData("ming", "meeng")]
    public void Equivalent_WordsNotWrittenWithNameSyllables_AreNot(string a, string b) => Assert.False(KoreanSyllables.Equivalent(a, b), $"{a} / {b}");

    [Fact]
    public void NameSyllableTable_EverySurnameSpellingOfTheRiFamilyStillMeets()
    {
        // 리/이 (Ri, Ree, Lee, Yi, I, Rhee): the commonest Korean equivalence must survive the narrowing.
        foreach (var spelling in new[] { "ree", "lee", "yi", "i", "rhee", "li" })
        {
            Assert.True(KoreanSyllables.Equivalent("ri", spelling), $"ri / {spelling}");
        }
    }

    [Theory]
    [InlineData("wonho", 2)]
    [InlineData("kwangil", 2)]
    [InlineData("chongchongang", 3)]
    public void Split_JoinedGivenName_HasASplitIntoSyllables(string word, int syllables) =>
        Assert.Contains(KoreanSyllables.Split(word), split => split.Length == syllables);

    [Theory]
    [InlineData("trading")]
    [InlineData("jmng")]
    [InlineData("muhammad1")]
    [InlineData("")]
    public void Split_NotKoreanReadable_HasNoSplit(string word) => Assert.Empty(KoreanSyllables.Split(word));

    [Fact]
    public void Split_VowelAfterVowel_IsOneVowel() =>
        Assert.DoesNotContain(KoreanSyllables.Split("choe"), split => split.Length == 2);

    [Fact]
    public void CoarseKeys_EquivalentWords_ShareAKey() =>
        Assert.NotEmpty(KoreanSyllables.CoarseKeys("choe").Intersect(KoreanSyllables.CoarseKeys("choi")));
}
