using CsCheck;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Tests.Transliteration;

public sealed class ConsonantSkeletonTests
{
    [Theory]
    [InlineData("محمد", "mohammed")]
    [InlineData("محمد", "muhammad")]
    [InlineData("محمد", "mohamed")]
    [InlineData("حسن", "hassan")]
    [InlineData("حسن", "hasan")]
    [InlineData("حسين", "hussein")]
    [InlineData("حسين", "husain")]
    [InlineData("محمود", "mahmoud")]
    [InlineData("عبد", "abd")]
    [InlineData("عبد", "abdul")]
    [InlineData("الرحمن", "rahman")]
    [InlineData("الرحمن", "alrahman")]
    [InlineData("عبدالرحمن", "abdurrahman")]
    [InlineData("عبدالرحمن", "abdulrahman")]
    [InlineData("نورالدين", "nooruddin")]
    [InlineData("حمدالله", "hamdullah")]
    [InlineData("فاطمة", "fatima")]
    [InlineData("فاطمة", "fatimah")]
    [InlineData("علي", "ali")]
    [InlineData("يوسف", "youssef")]
    [InlineData("ولد", "ould")]
    [InlineData("مصطفى", "mustafa")]
    [InlineData("الصبار", "essabar")]
    [InlineData("ضياء", "zia")]          // ض is z in Persian and Pashto names
    [InlineData("خالد", "khaled")]
    [InlineData("التكريتي", "altikriti")]
    public void Meets_UsualLatinSpelling(string arabic, string latin) => Assert.True(Meets(arabic, latin), $"{arabic} / {latin}");

    [Theory]
    [InlineData("حسين", "hassan")]  // ي between s and n: Hussein, not Hassan
    [InlineData("محمود", "mohamed")] // و between m and d: Mahmoud, not Mohamed
    [InlineData("الله", "ali")]      // a final ه left out leaves its vowel: Alla, not Ali
    [InlineData("علي", "lee")]       // ع starts the word with a vowel
    [InlineData("محمد", "ahmed")]
    [InlineData("سعيد", "saad")]
    public void DoesNotMeet_AnotherName(string arabic, string latin) => Assert.False(Meets(arabic, latin), $"{arabic} / {latin}");

    [Theory]
    // Greek writes neither sh, kh, q nor w, and doubles few consonants: σ is s or sh, χ h or kh, κ k or q, ου u or w.
    [InlineData("ΣΑΦΙΚΟΥΛΑΧ", "shafiqullah")]
    [InlineData("ΧΑΝ", "khan")]
    [InlineData("ΧΑΝ", "han")]
    [InlineData("ΜΟΧΑΜΑΝΤ", "mohammad")]
    [InlineData("ΜΟΧΑΜΑΝΤ", "muhammad")]
    [InlineData("ΜΟΧΑΜΕΝΤ", "mohamed")]
    [InlineData("ΧΑΚΑΝΙ", "haqqani")]
    [InlineData("ΟΥΑΣΙΚ", "wasiq")]
    [InlineData("ΜΑΡΟΥΑΝ", "marwan")]
    [InlineData("ΓΙΑΧΙΑ", "yahya")]
    [InlineData("ΓΚΑΦΑΡ", "ghaffar")]
    [InlineData("ΤΖΑΜΠΕΡ", "jaber")]
    [InlineData("ΜΕΧΝΤΙ", "mahdi")]
    [InlineData("ΟΥΣΑΜΑ", "usama")]
    [InlineData("Σαμσουντίν", "shamsuddin")]
    public void Meets_Greek_UsualLatinSpelling(string greek, string latin) => Assert.True(MeetsGreek(greek, latin), $"{greek} / {latin}");

    [Theory]
    // Greek writes every vowel, so each must be there: Hasan is not Hussein, Mahmud is not Mohamed, Said is not Saad.
    [InlineData("ΧΑΣΑΝ", "hussein")]
    [InlineData("ΜΑΧΜΟΥΝΤ", "mohamed")]
    [InlineData("ΣΑΪΝΤ", "saad")]
    [InlineData("ΑΛΙ", "alina")]
    [InlineData("ΑΛΙ", "lee")]
    public void DoesNotMeet_Greek_AnotherName(string greek, string latin) => Assert.False(MeetsGreek(greek, latin), $"{greek} / {latin}");

    [Theory]
    // Kana writes r and l alike, h and kh alike, and adds vowels after consonants that the reading drops.
    [InlineData("マレク", "malek")]
    [InlineData("ドルクデル", "droukdel")]
    [InlineData("ハリド", "khalid")]
    [InlineData("ハリル", "khalil")]
    [InlineData("ムハンマド", "muhammad")]
    [InlineData("イブラヒム", "ibrahim")]
    [InlineData("ラシド", "rashid")]
    [InlineData("ハッカニ", "haqqani")]
    public void Meets_Kana_UsualLatinSpelling(string kana, string latin) => Assert.True(MeetsKana(kana, latin), $"{kana} / {latin}");

    [Theory]
    [InlineData("マフムード", "mohamed")] // Mahmud is not Mohamed
    [InlineData("ハサン", "hussein")]
    [InlineData("サイード", "saad")]
    [InlineData("タナカ", "tariq")]
    public void DoesNotMeet_Kana_AnotherName(string kana, string latin) => Assert.False(MeetsKana(kana, latin), $"{kana} / {latin}");

    [Fact]
    public void OfGreek_NotGreek_HasNoSkeleton() => Assert.Empty(ConsonantSkeleton.OfGreek("ΧΑΝ1"));

    [Fact]
    public void LatinKey_IsOneOfTheArabicKeys_WhenTheyMeet()
    {
        var arabic = ConsonantSkeleton.OfArabic(Arabic.Fold("محمد"));
        Assert.Contains(ConsonantSkeleton.LatinKey("mohammed"), ConsonantSkeleton.Keys(arabic));
    }

    [Fact]
    public void OfLatin_NonLetter_HasNoSkeleton() => Assert.Null(ConsonantSkeleton.OfLatin("imo9"));

    [Fact]
    public void Similarity_AcrossScripts_IsSymmetricAndInRange() =>
        Gen.Select(Words, Words).Sample((a, b) =>
        {
            var (ab, kindAb) = TokenSimilarity.Compare(a, b);
            var (ba, kindBa) = TokenSimilarity.Compare(b, a);
            return ab == ba && kindAb == kindBa && ab is >= 0 and <= 1;
        }, iter: 3000);

    [Fact]
    public void Similarity_TransliteratedPair_IsBelowAnExactWord()
    {
        var (similarity, kind) = TokenSimilarity.Compare(NameNormalizer.Normalize("محمد").Tokens[0], "mohammed");
        Assert.Equal(MatchKind.Transliterated, kind);
        Assert.True(similarity is > 0.8f and < 1f, similarity.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    static readonly Gen<string> Words = Gen.OneOf(
        "محمد", "حسن", "حسين", "علي", "عبد", "الرحمن", "فاطمه", "الله", "mohammed", "muhammad", "hassan", "hussein",
        "ali", "abdul", "rahman", "fatima", "alla", "kim", "lee", "ahmed", "x", "abd", "ΧΑΣΑΝ", "μοχαμεντ", "σαφικουλαχ", "ΑΛΙ", "ハリド", "マレク");

    static bool MeetsKana(string kana, string latin) =>
        ConsonantSkeleton.Meets(ConsonantSkeleton.OfLatin(latin)!, ConsonantSkeleton.OfKana(kana));

    static bool MeetsGreek(string greek, string latin) =>
        ConsonantSkeleton.Meets(ConsonantSkeleton.OfLatin(latin)!, ConsonantSkeleton.OfGreek(greek));

    static bool Meets(string arabic, string latin) =>
        ConsonantSkeleton.Meets(ConsonantSkeleton.OfLatin(latin)!, ConsonantSkeleton.OfArabic(Arabic.Fold(arabic)));
}
