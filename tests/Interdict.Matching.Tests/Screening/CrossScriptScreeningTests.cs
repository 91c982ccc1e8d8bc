using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Matching.Screening;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Tests.Screening;

/// <summary>Names in Chinese characters and in Arabic script against names in Latin letters, in both directions.</summary>
public sealed class CrossScriptScreeningTests
{
    static readonly ListVersion Version = new("test", DateTimeOffset.UnixEpoch, "test");

    [Theory]
    [InlineData("金正恩", "KIM JONG UN", NameReading.SinoKorean)]
    [InlineData("金铁三", "KIM CHOL SAM", NameReading.SinoKorean)]
    [InlineData("习近平", "XI JINPING", NameReading.Mandarin)]
    [InlineData("习近平", "Xi Jin Ping", NameReading.Mandarin)]
    public void HanQuery_FindsLatinOnlyEntry_ThroughItsReading(string query, string listed, NameReading reading)
    {
        var hit = Assert.Single(Screen(query, listed));
        Assert.True(hit.Score >= ScreeningOptions.DefaultThreshold, hit.Explanation.Summary);
        Assert.Equal(reading, hit.Explanation.QueryReading);
        Assert.Contains($"query read {HanReadings.Describe(reading)}", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kim Jong Un", "金正恩")]
    [InlineData("Kim Chol Sam", "金铁三")]
    [InlineData("Xi Jinping", "习近平")]
    public void LatinQuery_FindsEntryWrittenOnlyInChineseCharacters(string query, string listed)
    {
        var hit = Assert.Single(Screen(query, listed));
        Assert.True(hit.Score >= ScreeningOptions.DefaultThreshold, hit.Explanation.Summary);
        Assert.NotEqual(NameReading.AsWritten, hit.Explanation.ListedReading);
        Assert.Contains($"\"{listed}\" read in", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void HanQuery_StillMeetsTheSameCharactersAsWritten()
    {
        var hit = Assert.Single(Screen("金铁三", "Jin Tiesan (金铁三)"));
        Assert.Equal(1.0, hit.Score);
        Assert.Equal(NameReading.AsWritten, hit.Explanation.QueryReading);
    }

    [Theory]
    [InlineData("محمد حسن", "Mohammed Hassan")]
    [InlineData("عبد الرحمن ولد العامر", "ABDERRAHMANE OULD EL AMIR")]
    [InlineData("صدام حسين التكريتي", "SADDAM HUSSEIN AL-TIKRITI")]
    [InlineData("حمد الله نعمانى", "HAMDULLAH NOMANI")]
    public void ArabicQuery_FindsLatinOnlyEntry(string query, string listed)
    {
        var hit = Assert.Single(Screen(query, listed));
        Assert.True(hit.Score >= ScreeningOptions.DefaultThreshold, hit.Explanation.Summary);
        Assert.True(hit.Score < 1.0, "a transliterated match is weaker than an exact one");
        Assert.Contains("[transliterated]", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Muhammad Hasan", "محمد حسن")]
    [InlineData("Abdul Rahman", "عبد الرحمن")]
    [InlineData("Abdulrahman", "عبد الرحمن")]
    [InlineData("Abd al-Rahman", "عبد الرحمن")]
    public void LatinQuery_FindsEntryWrittenOnlyInArabicScript(string query, string listed)
    {
        var hit = Assert.Single(Screen(query, listed));
        Assert.True(hit.Score >= ScreeningOptions.DefaultThreshold, hit.Explanation.Summary);
    }

    [Theory]
    [InlineData("حسين محمود", "Hassan Mohamed")] // other names with the same consonants
    [InlineData("محمد حسن", "Ahmed Hassan")]
    public void ArabicQuery_DoesNotMeetOtherNamesOfTheSameConsonants(string query, string listed) =>
        Assert.DoesNotContain(Screen(query, listed), h => h.Score >= ScreeningOptions.DefaultThreshold);

    [Theory]
    [InlineData("محمد حسن", "Mohammed Hassan")]
    [InlineData("金正恩", "Kim Jong Un")]
    public void PairScore_IsTheSameInEitherDirection(string a, string b) =>
        Assert.Equal(PairComparer.Compare(a, b).Score, PairComparer.Compare(b, a).Score);

    static IReadOnlyList<ScreeningHit> Screen(string query, string listed)
    {
        var entry = new ListEntry { Source = "test", Reference = "1", Kind = PartyKind.Person, Names = [new PartyName(listed)] };
        var screener = new Screener([new ListSnapshot(Version, [entry])]);
        return screener.Screen(new PartyQuery(query, PartyKind.Person), new ScreeningOptions { Threshold = 0.5 });
    }
}
