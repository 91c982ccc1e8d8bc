using Interdict.Core.Lists;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Names;

/// <summary>The tables of data/names/, each row a case: every given-name class joins its spellings, every title and
/// legal form becomes its canonical word; and the names the tables keep apart stay apart.</summary>
public sealed class NameTablesTests
{
    const double Threshold = ScreeningOptions.DefaultThreshold;

    static string DataFile(string name) => Path.Combine(RepositoryPaths.Root, "data", "names", name);

    static IEnumerable<string> Rows(string file) =>
        File.ReadLines(DataFile(file)).Where(l => l.Length > 0 && l[0] != '#');

    public static TheoryData<string> GivenNameClasses() => [.. Rows("given-names.tsv")];

    public static TheoryData<string, string> Titles() => Phrases("titles.tsv");

    public static TheoryData<string, string> LegalForms() => Phrases("legal-forms.tsv");

    static TheoryData<string, string> Phrases(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows(file))
        {
            var (canonical, forms) = (row[..row.IndexOf('\t', StringComparison.Ordinal)], row[(row.IndexOf('\t', StringComparison.Ordinal) + 1)..]);
            foreach (var form in forms.Split('|')) data.Add(canonical, form);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GivenNameClasses))]
    public void GivenNameClass_EverySpellingMeetsTheFirst_AsAGivenNameVariant(string row)
    {
        // Arabic-script spellings meet Latin ones through their consonant skeleton (a transliteration, §2a); the
        // table gives them a class so that they never meet another class's names.
        var spellings = row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => NameNormalizer.Normalize(s).Key)
            .Where(s => !s.Any(c => c is >= '\u0600' and <= '\u06FF')).Distinct().ToArray();
        Assert.NotEmpty(spellings);
        foreach (var spelling in spellings.Skip(1))
        {
            var (similarity, kind) = TokenSimilarity.Compare(spellings[0], spelling);
            Assert.True(kind == MatchKind.GivenName && similarity == TokenSimilarity.GivenNameVariant, $"{spellings[0]} / {spelling}: {kind} {similarity}");
        }
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Title_EveryForm_BecomesItsCanonicalWord_OfKindTitle(string canonical, string form)
    {
        var name = NameNormalizer.Normalize(form + " Karimov");
        Assert.Equal(canonical + " karimov", name.Key);
        Assert.Equal(TokenKind.Title, name.Kinds[0]);
    }

    [Theory]
    [MemberData(nameof(LegalForms))]
    public void LegalForm_EveryForm_BecomesItsCanonicalWord_AtTheEndOfACompanyName(string canonical, string form)
    {
        var name = NameNormalizer.Normalize("Zarya Trading " + form);
        Assert.Equal("zarya trading " + canonical, name.Key);
        Assert.Equal(TokenKind.LegalForm, name.Kinds[^1]);
    }

    [Theory]
    [InlineData("Ali", "Alina")]
    [InlineData("Mahmud", "Muhammad")]
    [InlineData("Mahmood", "Mohammed")]
    [InlineData("Said", "Saad")]
    [InlineData("Hasan", "Husayn")]
    [InlineData("Hassan", "Hussain")]
    [InlineData("Omar", "Ammar")]
    [InlineData("Mahmood", "محمد")]
    [InlineData("Ammar", "عمر")]
    public void DistinctGivenNames_DoNotMeet_EvenWithinATypo(string a, string b)
    {
        var (x, y) = (NameNormalizer.Normalize(a).Key, NameNormalizer.Normalize(b).Key);
        Assert.Equal((0f, MatchKind.None), TokenSimilarity.Compare(x, y));
    }

    [Theory]
    [InlineData("Abd al-Rahman", "abd rahman")]
    [InlineData("Abdul Rahman", "abd rahman")]
    [InlineData("Abdel Rahman", "abd rahman")]
    [InlineData("Abdurrahman", "abd rahman")]
    [InlineData("Abdulrahman", "abd rahman")]
    [InlineData("Abd ar-Rahman", "abd rahman")]
    [InlineData("Abdelkader", "abd kader")]
    [InlineData("Abdullah", "abdullah")]
    [InlineData("Abdoulaye", "abdoulaye")]
    [InlineData("Abdurakhmanov", "abdurakhmanov")]
    public void AbdCompounds_AreReadAsAbdAndTheName(string written, string key) => Assert.Equal(key, NameNormalizer.Normalize(written).Key);

    [Theory]
    [InlineData("Office Thirty-Nine", "office 39")]
    [InlineData("Forty-Four", "44")]
    [InlineData("First International Bank", "1st international bank")]
    [InlineData("Seventh of Tir", "7th of tir")]
    [InlineData("I.S.G.S.", "isgs")]
    [InlineData("S. A. P. I. C. O.", "sapico")]
    [InlineData("V. V. Putin", "v v putin")]
    public void NumbersAndAcronyms_AreWrittenOneWay(string written, string key) => Assert.Equal(key, NameNormalizer.Normalize(written).Key);

    [Theory]
    [InlineData("Mouvement du 23 mars", "mouvement du 23 march")]
    [InlineData("Movimiento 23 de Marzo", "movimiento 23 de march")]
    [InlineData("26. Juli Bewegung", "26 july bewegung")]
    [InlineData("Movimento 1º de Maio", "movimento 1o de may")]
    [InlineData("Dvizheniye 9 maya", "dvizheniye 9 may")]
    public void AMonthBesideADay_IsReadInEnglish(string written, string key) => Assert.Equal(key, NameNormalizer.Normalize(written).Key);

    [Theory]
    [InlineData("Julio Mars", "julio mars")]
    [InlineData("Mayo Abril Trading", "mayo abril trading")]
    public void AMonthNameWithoutADay_StaysAName(string written, string key) => Assert.Equal(key, NameNormalizer.Normalize(written).Key);

    [Theory]
    [InlineData("Muhammad Ali", "Mohamed Ali", PartyKind.Unknown)]
    [InlineData("Aleksandr Petrov", "Alexander Petrov", PartyKind.Unknown)]
    [InlineData("Oleksandr Petrenko", "Alexander Petrenko", PartyKind.Unknown)]
    [InlineData("Youssef Karimi", "Yusuf Karimi", PartyKind.Unknown)]
    [InlineData("Vladimir Putin", "PUTIN Vladimir Vladimirovich", PartyKind.Person)]
    [InlineData("Ivan Ivanov", "Ivan Ivanovich Ivanov", PartyKind.Person)]
    [InlineData("V. V. Putin", "Vladimir Vladimirovich PUTIN", PartyKind.Person)]
    [InlineData("J.-C. Juncker", "Jean-Claude Juncker", PartyKind.Person)]
    [InlineData("Herr Khalid Mahmud", "Khalid Mahmud", PartyKind.Person)]
    [InlineData("Siemens Aktiengesellschaft", "Siemens AG", PartyKind.Organization)]
    [InlineData("OAO Gazprom", "Open Joint Stock Company Gazprom", PartyKind.Organization)]
    [InlineData("JSC TACTICAL MISSILES CORPORATION", "TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY", PartyKind.Organization)]
    [InlineData("Zarya G.M.B.H.", "Zarya GmbH", PartyKind.Organization)]
    [InlineData("1st International Bank", "First International Bank", PartyKind.Organization)]
    [InlineData("Abdul Rahman bin Amir al-Nuaymi", "'Abd al-Rahman bin 'Amir al-Nu'aymi", PartyKind.Person)]
    [InlineData("H. Ashraf", "Haji M. Ashraf", PartyKind.Person)] // an honorific given as an initial
    [InlineData("C. I. Kaina", "Colonel Innocent KAINA", PartyKind.Person)]
    public void Equivalents_ReachTheThreshold(string query, string listed, PartyKind kind)
    {
        var result = PairComparer.Compare(query, listed, kind);
        Assert.True(result.Score >= Threshold, $"{query} / {listed}: {result.Score} {result.Explanation?.Summary}");
    }

    [Theory]
    [InlineData("SEA PONY 1", "SEA PONY 2", PartyKind.Vessel)]
    [InlineData("SAM JONG 1", "SAM JONG 2", PartyKind.Vessel)]
    [InlineData("8th of Tir", "7TH OF TIR", PartyKind.Unknown)]
    [InlineData("W. Putin", "Vladimir Vladimirovich PUTIN", PartyKind.Person)]
    [InlineData("Mahmoud Ben Belgacem Ben Abdallah al-Aouadi", "Mohamed Ben Belgacem Ben Abdallah al-Aouadi", PartyKind.Person)]
    [InlineData("Ayman Sabawi Ibrahim Husayn al-Tikriti", "Ayman Sabawi Ibrahim Hasan al-Tikriti", PartyKind.Person)]
    [InlineData("Omar Qasim", "Mus'ab Mustafa Abu al Qassim Omar", PartyKind.Person)]
    [InlineData("Zarya Trading LLC", "Omega Trading LLC", PartyKind.Organization)]
    [InlineData("MUTEBUTSI, F.", "JULES MUTEBUTSI", PartyKind.Person)] // the initial says another given name
    [InlineData("A. Kim", "KIM CHOL", PartyKind.Person)]
    public void DifferentParties_StayBelowTheThreshold(string query, string listed, PartyKind kind)
    {
        var result = PairComparer.Compare(query, listed, kind);
        Assert.True(result.Score < Threshold, $"{query} / {listed}: {result.Score} {result.Explanation?.Summary}");
    }

    [Fact]
    public void GivenNameVariant_IsNamedInTheExplanation()
    {
        var explanation = PairComparer.Compare("Mohamed Ali", "Muhammad Ali").Explanation!;
        Assert.Contains(explanation.Comparison.Matches, m => m.Kind == MatchKind.GivenName && m.Query == "mohamed" && m.Listed == "muhammad");
        Assert.Contains("[given name]", explanation.Summary, StringComparison.Ordinal);
    }
}
