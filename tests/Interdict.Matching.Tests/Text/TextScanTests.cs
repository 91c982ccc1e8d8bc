using Interdict.Core.Lists;
using Interdict.Matching.Screening;
using Interdict.Matching.Text;

namespace Interdict.Matching.Tests.Text;

/// <summary>Text mode on a small list whose names are known: each name found where it is written, exactly.</summary>
public sealed class TextScanTests
{
    static readonly ListVersion Version = new("test", DateTimeOffset.UnixEpoch, "test");

    static readonly Screener Screener = new([new ListSnapshot(Version,
    [
        Entry("P1", PartyKind.Person, "KIM CHOL SAM"),
        Entry("P2", PartyKind.Person, "IVAN PETROVICH SIDOROV"),
        Entry("P3", PartyKind.Person, "Abd al-Rahman Khalaf al-Anizi"),
        Entry("E1", PartyKind.Organization, "KOREA KWANGSON BANKING CORPORATION (KKBC)"),
        Entry("E2", PartyKind.Organization, "GLOBAL RELIEF FOUNDATION"),
        Entry("E3", PartyKind.Organization, "NIRU BATTERY MANUFACTURING COMPANY"),
        Entry("P4", PartyKind.Person, "Abdul Baset Azouz"),
        Entry("E4", PartyKind.Organization, "MERIDIAN SHIPPING S.A."),
    ])]);

    static ListEntry Entry(string reference, PartyKind kind, string name) =>
        new() { Source = Version.Source, Reference = reference, Kind = kind, Names = [new PartyName(name)] };

    /// <summary>The one hit for <paramref name="reference"/>, checked to sit exactly on <paramref name="written"/>.</summary>
    static TextHit At(IReadOnlyList<TextHit> hits, string text, string reference, string written)
    {
        var hit = Assert.Single(hits, h => h.Entry.Reference == reference);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), hit.Start);
        Assert.Equal(written.Length, hit.Length);
        Assert.Equal(written, hit.MatchedText);
        Assert.Equal(written, text.Substring(hit.Start, hit.Length));
        return hit;
    }

    [Theory]
    [InlineData("PAYMENT TO KIM CHOL SAM REF 98763", "P1", "KIM CHOL SAM")]
    [InlineData("beneficiary: Kim Chol-sam, a North Korean official", "P1", "Kim Chol-sam")]
    [InlineData("“Kim Chol Sam” was reported to be in Dandong", "P1", "Kim Chol Sam")]
    [InlineData("송금 받는 사람: 김철삼 (단둥)", "P1", "김철삼")]
    [InlineData("Получатель: Иван Петрович Сидоров, Москва", "P2", "Иван Петрович Сидоров")]
    [InlineData("according to sources close to ‘Abd al-Rahman Khalaf al-‘Anizi.", "P3", "Abd al-Rahman Khalaf al-‘Anizi")]
    // ʿAbd written apart from its name, and a legal form of several written words, read across the words of the text.
    [InlineData("according to sources close to Abdul Rahman Khalaf al-Anizi", "P3", "Abdul Rahman Khalaf al-Anizi")]
    [InlineData("wire from the Libyan national Abdel Baset Azouz, Tripoli", "P4", "Abdel Baset Azouz")]
    [InlineData("INV 5512 / MERIDIAN SHIPPING S.A. USD 1,200.00", "E4", "MERIDIAN SHIPPING S.A")]
    public void ScreenText_NameInText_SpanIsTheNameAsWritten(string text, string reference, string written)
    {
        // The span runs from the first letter of the name to its last: quotation marks and punctuation around it stay out.
        var hit = At(Screener.ScreenText(text), text, reference, written);
        Assert.True(hit.Score >= ScreeningOptions.DefaultThreshold, hit.Explanation.Summary);
        Assert.Contains("name in text", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenText_SeveralNames_EachFoundWhereWrittenInOrder()
    {
        const string text = "Wire from NIRU BATTERY MANUFACTURING CO. to Kim Chol Sam; cc: Global Relief Foundation (GRF) and Иван Петрович Сидоров.";
        var hits = Screener.ScreenText(text);
        Assert.Equal(["E3", "P1", "E2", "P2"], hits.Select(h => h.Entry.Reference));
        At(hits, text, "E3", "NIRU BATTERY MANUFACTURING CO");
        At(hits, text, "P1", "Kim Chol Sam");
        At(hits, text, "E2", "Global Relief Foundation");
        At(hits, text, "P2", "Иван Петрович Сидоров");
    }

    [Fact]
    public void ScreenText_NameBrokenOverALine_SpanCoversTheBreak()
    {
        const string text = ":70:PAYMENT FOR GOODS TO KOREA KWANGSON\r\nBANKING CORP INV 2023-114";
        var hit = At(Screener.ScreenText(text), text, "E1", "KOREA KWANGSON\r\nBANKING CORP");
        Assert.Equal("korea kwangson banking corporation", hit.Explanation.NameWords);
    }

    [Fact]
    public void ScreenText_AcronymInParentheses_IsANameOfItsOwn()
    {
        const string text = "paid to (KKBC) on 3 May";
        At(Screener.ScreenText(text), text, "E1", "KKBC");
    }

    [Fact]
    public void ScreenText_SameNameTwice_FoundTwice()
    {
        const string text = "Kim Chol Sam paid Kim Chol Sam";
        var hits = Screener.ScreenText(text);
        Assert.Equal([0, 18], hits.Select(h => h.Start));
    }

    [Theory]
    [InlineData("INV 2023-114 PAYMENT FOR STEEL COILS PER CONTRACT 88/21")]
    [InlineData("Kim Yong Su paid the invoice of the Korea Trading Company")]
    [InlineData("salary for Ivan Sidorenko, Moscow")]
    [InlineData("the manufacturing company sent a battery and a relief foundation")]
    [InlineData("")]
    [InlineData("   ,,, ;;; 12345 ")]
    public void ScreenText_NoListedNameWhole_NoHit(string text)
    {
        Assert.Empty(Screener.ScreenText(text));
    }

    [Fact]
    public void ScreenText_PartOfAListedName_IsNotTheName()
    {
        // A surname alone, or a person's first two names, cover too little of the listed name.
        Assert.Empty(Screener.ScreenText("meeting with Mr Sidorov about the contract"));
        Assert.Empty(Screener.ScreenText("transfer to Kim Chol for services"));
    }

    [Fact]
    public void ScreenText_Lists_OnlyThoseScreened()
    {
        Assert.Empty(Screener.ScreenText("PAYMENT TO KIM CHOL SAM", new ScreeningOptions { Lists = ["un"] }));
        Assert.Single(Screener.ScreenText("PAYMENT TO KIM CHOL SAM", new ScreeningOptions { Lists = ["test"] }));
    }
}
