namespace Interdict.Lists.Tests.Malformed;

/// <summary>Every case of the malformed-input corpus is refused through the path every import takes (the files on
/// disk → <see cref="ListFiles.Import"/> → <see cref="ListPlausibility"/>, against the real list in force), with a
/// message that names the file and, for a fault in the content, the line; none crashes, none is accepted.</summary>
public sealed class MalformedCorpusTests
{
    /// <summary>The injected "now" of these tests.</summary>
    static readonly ListPlausibility Rules = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> UnCases => [.. MalformedCorpus.Un.Keys];

    public static TheoryData<string> OfacCases => [.. MalformedCorpus.Ofac.Keys];

    public static TheoryData<string> EuCases => [.. MalformedCorpus.Eu.Keys];

    public static TheoryData<string> UkCases => [.. MalformedCorpus.Uk.Keys];

    public static TheoryData<string> OfacEnhancedCases => [.. MalformedCorpus.OfacEnhanced.Keys];

    public static TheoryData<string> FtmCases => [.. MalformedCorpus.Ftm.Keys];

    [Fact]
    public void Corpus_HasAtLeastTwentyCasesPerNewerFormat()
    {
        Assert.All(new[] { MalformedCorpus.Eu, MalformedCorpus.Uk, MalformedCorpus.OfacEnhanced, MalformedCorpus.Ftm }, corpus => Assert.True(corpus.Count >= 20, $"{corpus.Count} cases"));
    }

    [Theory, MemberData(nameof(EuCases))]
    public void EuFsfXml_MalformedCase_IsRefusedNamingThePlace(string name) =>
        AssertRefused(MalformedCorpus.Eu[name], Sources.MoreLists.Eu);

    [Theory, MemberData(nameof(UkCases))]
    public void UkSanctionsListXml_MalformedCase_IsRefusedNamingThePlace(string name) =>
        AssertRefused(MalformedCorpus.Uk[name], Sources.MoreLists.Uk);

    [Theory, MemberData(nameof(OfacEnhancedCases))]
    public void OfacEnhancedXml_MalformedCase_IsRefusedNamingThePlace(string name) =>
        AssertRefused(MalformedCorpus.OfacEnhanced[name], Sources.MoreLists.OfacEnhanced);

    [Theory, MemberData(nameof(FtmCases))]
    public void FtmJsonLines_MalformedCase_IsRefusedNamingThePlace(string name) =>
        AssertRefused(MalformedCorpus.Ftm[name], Sources.MoreLists.Zala);

    [Fact]
    public void Corpus_HasAtLeastFortyCasesPerParser()
    {
        Assert.True(MalformedCorpus.Un.Count >= 40, $"{MalformedCorpus.Un.Count} UN cases");
        Assert.True(MalformedCorpus.Ofac.Count >= 40, $"{MalformedCorpus.Ofac.Count} OFAC cases");
    }

    [Theory, MemberData(nameof(UnCases))]
    public void UnXml_MalformedCase_IsRefusedNamingThePlace(string name) =>
        AssertRefused(MalformedCorpus.Un[name], RealLists.Un2026);

    [Theory, MemberData(nameof(OfacCases))]
    public void OfacCsv_MalformedCase_IsRefusedNamingThePlace(string name) =>
        AssertRefused(MalformedCorpus.Ofac[name], RealLists.Ofac);

    [Fact]
    public void RealFiles_PassTheSameRules()
    {
        Assert.Null(Rules.Check(RealLists.Un2018Result, null, allowShrink: false));
        // The real update shrinks the UN list by 8 %: under the 25 % guard.
        Assert.Null(Rules.Check(RealLists.Un2026Result, RealLists.Un2018, allowShrink: false));
        Assert.Null(Rules.Check(RealLists.OfacResult, null, allowShrink: false));
    }

    static void AssertRefused(MalformedCase malformed, Core.Lists.ListSnapshot inForce)
    {
        using var folder = new TempFolder();
        foreach (var (file, content) in malformed.Files) File.WriteAllBytes(Path.Combine(folder.Path, file), content);
        var path = malformed.Files.Count == 1 ? Path.Combine(folder.Path, malformed.Files.Keys.Single()) : folder.Path;

        var result = ListFiles.Import(path, malformed.Generated);
        var refusal = Rules.Check(result, inForce, allowShrink: false);

        Assert.True(refusal is not null, $"accepted: {result}");
        var reason = refusal.Reason;
        Assert.False(string.IsNullOrWhiteSpace(reason.Origin));
        Assert.True(reason.Message.Length > 30, reason.ToString());
        if (malformed.Place == Place.Line)
        {
            Assert.True(reason.Line > 0, $"no line named: {reason}");
            // A fault in the content fails the parse itself: no snapshot, nothing half-imported.
            Assert.False(result.Success, $"parsed: {result}");
        }
    }
}
