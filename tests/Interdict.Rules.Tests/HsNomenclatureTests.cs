using Interdict.Rules.Evaluation;
using Interdict.Rules.Hs;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

public sealed class HsNomenclatureTests
{
    [Theory]
    [InlineData("72", "7208.10", true)]
    [InlineData("7208", "7208.10", true)]
    [InlineData("7208.10", "7208.10", true)]
    [InlineData("7208.10", "72", false)]
    [InlineData("73", "7208.10", false)]
    [InlineData("2701", "270111", true)]
    [InlineData("2701.1", "2701.12", true)]
    [InlineData("2701.1", "2701.20", false)]
    [InlineData("2701", "2701.1", true)]
    public void Covers_ChapterHeadingSubheading_FollowsHierarchy(string upper, string lower, bool expected) =>
        Assert.Equal(expected, HsCode.Parse(upper).Covers(HsCode.Parse(lower)));

    [Theory]
    [InlineData("2701.11", "270111")]
    [InlineData("8608.00", "860800")]
    [InlineData("27", "27")]
    [InlineData("2701.1", "27011")]
    [InlineData("27011", "27011")]
    public void TryParse_DotsAndDigits_SameCode(string text, string digits)
    {
        Assert.True(HsCode.TryParse(text, out var code));
        Assert.Equal(digits, code.Digits);
    }

    [Theory]
    [InlineData("270")]
    [InlineData("2701.111")]
    [InlineData("2701.1a")]
    [InlineData("coal")]
    [InlineData("")]
    public void TryParse_NotAnHsLevel_Fails(string text) => Assert.False(HsCode.TryParse(text, out _));

    [Fact]
    public void Lineage_Subheading_ListsChapterHeadingSubheading()
    {
        var lineage = HsNomenclature.Embedded.Lineage(HsCode.Parse("2701.11"));
        Assert.Equal(["27", "2701", "270111"], lineage.Select(e => e.Code.Digits));
        Assert.Contains("Anthracite", lineage[^1].Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OneDashSubheading_ParentIsHeading_WrittenWithDot()
    {
        var code = HsCode.Parse("2701.1");
        Assert.Equal("2701", code.Parent?.Digits);
        Assert.Equal("2701.1", code.ToString());
        Assert.Equal(["27", "2701"], HsNomenclature.Embedded.Lineage(code).Select(e => e.Code.Digits));
        Assert.Contains(HsNomenclature.Embedded.Children(code), c => c.Code.Digits == "270112");
    }

    [Fact]
    public void Search_Coal_FindsHeading2701()
    {
        var found = HsNomenclature.Embedded.Search("coal");
        Assert.Equal("2701", found[0].Code.Digits); // whole word before "charcoal" (chapter 44)
    }

    [Fact]
    public void Children_Heading_AreItsSubheadings()
    {
        var children = HsNomenclature.Embedded.Children(HsCode.Parse("2701"));
        Assert.All(children, c => Assert.StartsWith("2701", c.Code.Digits, StringComparison.Ordinal));
        Assert.Contains(children, c => c.Code.Digits == "270112");
    }

    [Fact]
    public void Evaluate_ChapterMeasure_CoversSixDigitCode()
    {
        // 2397 op7 names chapter 72; a check on 7208.51 finds it.
        var answer = Engine.Trade("2018-03-01", "to_dprk", "7208.51");
        Assert.True(answer.Cites("2397", "7"));
    }

    [Fact]
    public void Evaluate_FourDigitCodeOnCheck_FindsMeasureOnHeadingAbove()
    {
        var answer = Engine.Trade("2017-09-01", "from_dprk", "2701");
        Assert.True(answer.Cites("2371", "8"));
    }

    [Theory]
    [InlineData("2018-03-01", "from_dprk", "2701.1", "2371", "8")] // coal, not agglomerated
    [InlineData("2018-03-01", "from_dprk", "7108.1", "2270", "30")] // gold, non-monetary
    [InlineData("2018-03-01", "to_dprk", "8429.5", "2397", "7")] // mechanical shovels and excavators
    public void Evaluate_OneDashSubheadingOnCheck_ReadAsTheCodesUnderIt(string date, string direction, string hs, string resolution, string paragraph)
    {
        // CHECK-FORMAT §1.2 allows 2 to 6 digits; a 5-digit code names the one-dash subheading, inside its heading.
        var answer = Engine.Trade(date, direction, hs);
        Assert.Equal(Decision.Prohibited, answer.Decision);
        Assert.True(answer.Cites(resolution, paragraph));
    }

    [Fact]
    public void Evaluate_CheckCodeBroaderThanMeasure_DoesNotDecideButExplains()
    {
        // Chapter 71 is broader than gold (7108): the engine cannot tell, and says a more specific code would.
        var answer = Engine.Trade("2017-01-15", "from_dprk", "71");
        Assert.DoesNotContain(answer.Basis, b => b.Resolution == "2270" && b.Paragraph == "30");
        Assert.Contains("more specific code", answer.Explanation, StringComparison.Ordinal);
    }
}
