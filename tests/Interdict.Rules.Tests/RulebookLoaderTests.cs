using Interdict.Rules.Hs;
using Interdict.Rules.Loading;
using Interdict.Rules.Model;
using Interdict.Rules.Tests.Support;

namespace Interdict.Rules.Tests;

/// <summary>The loader accepts the shipped rulebook and refuses broken ones with a message naming item and field.</summary>
public sealed class RulebookLoaderTests
{
    private static readonly string Shipped = ReadShipped();

    private static string ReadShipped()
    {
        using var stream = typeof(Rulebook).Assembly.GetManifestResourceStream("rulebooks/un-dprk.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static RulebookException Refused(string yaml) =>
        Assert.Throws<RulebookException>(() => RulebookLoader.Load(yaml, HsNomenclature.Embedded, "broken.yaml"));

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Shipped, StringComparison.Ordinal);
        return Shipped.Replace(oldText, newText, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedRulebook_CarriesEveryDigestMeasureWithConfidence()
    {
        var rulebook = Engine.Rulebook;
        // The digest's 82 measures and M-2321-23, which the digest records under M-2270-19 `related` (verified, S39).
        Assert.Equal(83, rulebook.Measures.Length);
        Assert.Contains(rulebook.Measures, m => m.Id == "M-2321-23");
        Assert.All(rulebook.Measures, m => Assert.False(string.IsNullOrEmpty(m.Confidence.Level)));
        Assert.Equal(7, rulebook.Caps.Length);
        Assert.Equal(2, rulebook.Proposals.Length);
        Assert.Equal(11, rulebook.OpenQuestions.Length);
        Assert.Contains(rulebook.GeneralExemptions, e => e.Id == "EX-GEN-HUMANITARIAN");
    }

    [Fact]
    public void Load_UnknownHsCode_RefusedNamingMeasureAndField()
    {
        var error = Refused(Replace("""{code: "7108", basis: interpretation, note: gold}""", """{code: "7199", basis: interpretation, note: gold}"""));
        var issue = Assert.Single(error.Issues);
        Assert.Contains("measure M-2270-30", issue.Item, StringComparison.Ordinal);
        Assert.Equal("goods.hs[0].code", issue.Field);
        Assert.Contains("unknown HS code 7199", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EarlierEditionCode_AcceptedOnlyWhen2022DroppedIt()
    {
        var parts = Engine.Rulebook.FindMeasure("M-2397-7")!.Exemptions.Single(e => e.Id == "EX-2397-7-AIRCRAFT").Goods!;
        Assert.Contains(parts.Hs, r => r.Code == HsCode.Parse("8803"));

        const string shipped = """{code: "8803", edition: "2017", """;
        var error = Refused(Replace(shipped, """{code: "8802", edition: "2017", """));
        Assert.Contains(error.Issues, i => i.Item.Contains("EX-2397-7-AIRCRAFT", StringComparison.Ordinal)
            && i.Field.EndsWith(".edition", StringComparison.Ordinal) && i.Message.Contains("also a 2022 code", StringComparison.Ordinal));
        error = Refused(Replace(shipped, """{code: "8803", edition: "2016", """));
        Assert.Contains(error.Issues, i => i.Message.Contains("unknown HS edition '2016'", StringComparison.Ordinal));
        error = Refused(Replace(shipped, """{code: "8803", """));
        Assert.Contains(error.Issues, i => i.Message.Contains("unknown HS code 8803", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NamedConditions_ReferencedByName()
    {
        var rule = Engine.Rulebook.FindMeasure("M-2270-31")!.Rules[0];
        Assert.Equal("dprk-nexus", Assert.IsType<NamedCondition>(rule.When).Name);

        const string reference = "when: [{ref: dprk-nexus}], note: \"digest M-2270-31";
        var error = Refused(Replace(reference, "when: [{ref: dprk-link}], note: \"digest M-2270-31"));
        Assert.Contains(error.Issues, i => i.Item.Contains("M-2270-31", StringComparison.Ordinal) && i.Field.EndsWith(".ref", StringComparison.Ordinal)
            && i.Message.Contains("dangling reference to condition 'dprk-link'", StringComparison.Ordinal));
        error = Refused(Replace("          - {fact: goods.origin, in: [KP]}\n", "          - {fact: goods.origin, in: [KP]}\n          - {ref: dprk-worker}\n"));
        Assert.Contains(error.Issues, i => i.Item.EndsWith("condition dprk-nexus", StringComparison.Ordinal) && i.Message.Contains("may not refer", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DanglingResolution_Refused()
    {
        var error = Refused(Replace("  - id: M-2371-10\n    resolution: R2371", "  - id: M-2371-10\n    resolution: R2372"));
        Assert.Contains(error.Issues, i => i.Item.EndsWith("measure M-2371-10", StringComparison.Ordinal) && i.Field == "resolution" && i.Message.Contains("R2372", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DanglingMeasureInRelations_Refused()
    {
        var error = Refused(Replace("relations: {supersedes: [M-2270-29], superseded_by: [M-2371-8]}", "relations: {supersedes: [M-2270-29], superseded_by: [M-2371-99]}"));
        Assert.Contains(error.Issues, i => i.Field == "relations.superseded_by" && i.Message.Contains("M-2371-99", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DanglingCapReference_Refused()
    {
        var error = Refused(Replace("caps: [CAP-COAL-2016, CAP-COAL-ANNUAL]", "caps: [CAP-COAL-2015, CAP-COAL-ANNUAL]"));
        Assert.Contains(error.Issues, i => i.Item.EndsWith("measure M-2321-26", StringComparison.Ordinal) && i.Field == "caps");
    }

    [Fact]
    public void Load_DanglingProposalMeasure_Refused()
    {
        var error = Refused(Replace("- {measure: M-2321-29, what:", "- {measure: M-2321-2900, what:"));
        Assert.Contains(error.Issues, i => i.Item.EndsWith("proposal P-2019-RU-CN", StringComparison.Ordinal) && i.Field == "would_lift[0].measure");
    }

    [Fact]
    public void Load_SupersededMeasureOverlapsItsSuccessor_Refused()
    {
        // 2321 op26 must end when 2371 op8 (which supersedes it) starts on 2017-08-05.
        var error = Refused(Replace("valid: {from: 2016-11-30, until: 2017-08-05}", "valid: {from: 2016-11-30, until: 2017-08-06}"));
        var issue = Assert.Single(error.Issues);
        Assert.Contains("measure M-2321-26", issue.Item, StringComparison.Ordinal);
        Assert.Equal("valid.until", issue.Field);
        Assert.Contains("M-2371-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MeasureWithoutCitation_Refused()
    {
        var error = Refused(Replace("    paragraphs: [\"10\"]\n    paragraph_text: \"op10\"\n    kind: export_ban_from_dprk", "    kind: export_ban_from_dprk"));
        Assert.Contains(error.Issues, i => i.Item.EndsWith("measure M-2371-10", StringComparison.Ordinal) && i.Field == "paragraphs" && i.Message.Contains("citation", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ConditionOutsideFactsVocabulary_Refused()
    {
        var error = Refused(Replace("when: [{fact: worker_is_host_state_national, is: true}]", "when: [{fact: worker_is_citizen, is: true}]"));
        Assert.Contains(error.Issues, i => i.Message.Contains("'worker_is_citizen' is not in the facts vocabulary", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadDate_RefusedNamingField()
    {
        var error = Refused(Replace("valid: {from: 2017-09-11, until: 2017-12-22}\n    relations: {superseded_by: [M-2397-4]}", "valid: {from: 2017-09-31, until: 2017-12-22}\n    relations: {superseded_by: [M-2397-4]}"));
        Assert.Contains(error.Issues, i => i.Item.EndsWith("measure M-2375-15", StringComparison.Ordinal) && i.Field == "valid.from");
    }

    [Fact]
    public void Load_MissingConfidence_Refused()
    {
        var error = Refused(Replace("    confidence: {level: high, basis: verified-by-source, sources: [S17, S02]}\n  - id: M-2371-11", "  - id: M-2371-11"));
        Assert.Contains(error.Issues, i => i.Item.EndsWith("measure M-2371-10", StringComparison.Ordinal) && i.Field == "confidence");
    }

    [Fact]
    public void Load_UnknownKey_RefusedWithLine()
    {
        var error = Refused(Replace("    kind: export_ban_from_dprk\n    direction: from_dprk\n    summary: \"Lead and lead ore\"", "    kind: export_ban_from_dprk\n    direction: from_dprk\n    sumary: \"Lead and lead ore\""));
        Assert.Contains("line", Assert.Single(error.Issues).Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralFaults_ReportsEveryOne()
    {
        var yaml = Replace("""{code: "7108", basis: interpretation, note: gold}""", """{code: "7199", basis: interpretation, note: gold}""")
            .Replace("caps: [CAP-COAL-2016, CAP-COAL-ANNUAL]", "caps: [CAP-COAL-2015, CAP-COAL-ANNUAL]", StringComparison.Ordinal);
        Assert.True(Refused(yaml).Issues.Count >= 2);
    }

    [Fact]
    public void Load_RangeWithUnusedCodes_ExpandsToCodesTheNomenclatureHas()
    {
        var measure = Engine.Rulebook.FindMeasure("M-2375-13")!;
        var codes = measure.Goods!.Hs.Select(h => h.Code.Digits).ToList();
        Assert.Contains("271112", codes);
        Assert.Contains("271119", codes);
        Assert.DoesNotContain("271115", codes);
    }
}
