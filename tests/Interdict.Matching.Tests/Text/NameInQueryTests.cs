using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Text;

/// <summary>A query to the ordinary screening that holds a listed name whole plus words around it still hits, and
/// says which words were the name; text that names nobody listed stays clean. Against the real UN list.</summary>
public sealed class NameInQueryTests
{
    static readonly Lazy<Screener> Un = new(() => new Screener([ListFiles.Import(RepositoryPaths.UnList2026).Snapshot!]));

    [Theory]
    [InlineData("DPRK national Ri Pyong-chul", "KPi.076", "ri pyong chul")]
    [InlineData("Koti Corp of Pyongyang", "KPe.067", "koti corporation")]
    [InlineData("Kim Chol-sam, a North Korean official", "KPi.035", "kim chol sam")]
    [InlineData("Korea Kwangson Banking Corporation (KKBC), a North Korean company", "KPe.025", "korea kwangson banking corporation")]
    // Nouns of standing (citizen, national) end the words before them, as a function word does: they describe the person.
    [InlineData("the Libyan citizen Abdul Baset Azouz", "QDi.371", "abd baset azouz")]
    [InlineData("PAYMENT TO ABDUL HAQ WASIQ REF 20931", "TAi.082", "abd haq wasiq")]
    public void Screen_ListedNameWithWordsAround_HitsAndSaysWhichWordsWereTheName(string query, string reference, string nameWords)
    {
        var hits = Un.Value.Screen(new PartyQuery(query));
        var hit = hits[0];
        Assert.Equal(reference, hit.Entry.Reference);
        Assert.True(hit.Score >= ScreeningOptions.DefaultThreshold, hit.Explanation.Summary);
        Assert.True(hit.Score < 1.0, "only a query that is exactly a listed name scores 1.0");
        Assert.Equal(nameWords, hit.Explanation.NameWords);
        Assert.NotEmpty(hit.Explanation.LeftOver);
        Assert.Contains($"name in query: \"{nameWords}\", left over: ", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_WholeQueryIsTheName_NoWindow()
    {
        var hit = Un.Value.Screen(new PartyQuery("Ri Pyong Chul"))[0];
        Assert.Null(hit.Explanation.NameWords);
        Assert.Empty(hit.Explanation.LeftOver);
    }

    [Theory]
    [InlineData("INV 2023-114 PAYMENT FOR STEEL COILS PER CONTRACT 88/21")]
    [InlineData("the North Korean citizen Kim Yong Su")]
    [InlineData("TRANSFER FROM NORTHSTAR TRADING CORPORATION SGD 530,011.00")]
    [InlineData("shares held by Korea Trading Company of Pyongyang")]
    public void Screen_TextNamingNobodyListed_NoHit(string query)
    {
        Assert.Empty(Un.Value.Screen(new PartyQuery(query)));
    }

    [Fact]
    public void Screen_ExtraNameWordsWrittenOntoAListedName_CostMoreThanContext()
    {
        // The same listed name, once with context set apart by a comma, once with another person's name written onto it.
        var context = Un.Value.Screen(new PartyQuery("Ri Pyong Chul, a DPRK official"), new ScreeningOptions { Threshold = 0 })[0];
        var attached = Un.Value.Screen(new PartyQuery("John Smith Ri Pyong Chul"), new ScreeningOptions { Threshold = 0 })[0];
        Assert.Equal("KPi.076", context.Entry.Reference);
        Assert.True(context.Score > attached.Score, $"{context.Score} vs {attached.Score}");
    }

    [Fact]
    public void ScreenText_RealList_FindsEveryNameWithItsEntry()
    {
        const string text = "Payments to Ri Pyong-chul and KOTI CORP were routed through Korea Kwangson Banking Corporation.";
        var hits = Un.Value.ScreenText(text);
        Assert.Equal(["KPi.076", "KPe.067", "KPe.025"], hits.Select(h => h.Entry.Reference));
        Assert.Equal(["Ri Pyong-chul", "KOTI CORP", "Korea Kwangson Banking Corporation"], hits.Select(h => h.MatchedText));
    }
}
