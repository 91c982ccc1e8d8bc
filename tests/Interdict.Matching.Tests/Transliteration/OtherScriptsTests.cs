using Interdict.Core.Screening;
using Interdict.Lists;
using Interdict.Matching.Normalization;
using Interdict.Matching.Screening;

namespace Interdict.Matching.Tests.Transliteration;

/// <summary>Scripts read through the general table (AnyAscii) and Interdict's own rules for how Greek, kana and Hebrew
/// write foreign names: what the normaliser makes of them, and that a name so written meets its Latin spelling while
/// common names of the same scripts stay off it.</summary>
public sealed class OtherScriptsTests
{
    [Theory]
    // Greek: μπ ντ γκ are b d g, ου u (w before a vowel), χ h, γι y before a vowel, final οφ the Russian -ov.
    [InlineData("ΜΠΙΛΑΛ ΜΠΙΝ ΜΑΡΟΥΑΝ", "bilal bin marwan")]
    [InlineData("ΑΜΠΝΤΟΥΛΑΧ", "abdulah")]
    [InlineData("ΓΙΑΧΙΑ ΑΜΠΟΥ ΑΜΑΡ", "yahia abu amar")]
    [InlineData("ΣΕΡΓΚΕΪ ΛΑΒΡΟΦ", "sergei lavrov")]
    [InlineData("Αλέξης Τσίπρας", "alexis tsipras")]
    // Kana: Hepburn, small kana joined, ッ doubles, ー dropped, added vowels dropped.
    [InlineData("ムハンマド・ビン・サルマーン", "muhammad bin sarman")] // Japanese does not tell r from l
    [InlineData("アブドゥル・ガニ・バラダル", "abd gani baradar")] // abdur, then read as the 'Abd compound (docs/matching.md §4a)
    [InlineData("ジャヴァド・ラヒギ", "javad rahigi")]
    [InlineData("アフマド", "ahmad")]
    [InlineData("イブラヒム・ハサン", "ibrahim hasan")]
    [InlineData("むはんまど", "muhammad")]
    // Armenian and Georgian: AnyAscii, with ու as u, ռ as r, ფ as f.
    [InlineData("Մուհամմադ Ռահման", "muhammad rahman")]
    [InlineData("ფუად ჰანიფი", "fuad hanifi")]
    // Scripts read by AnyAscii alone.
    [InlineData("ओसामा बिन लादेन", "osama bin laden")]
    [InlineData("শেখ হাসিনা", "sekh hasina")]
    [InlineData("ቴዎድሮስ", "tewodros")]
    public void Normalize_OtherScript_ReadsLatin(string name, string expected) => Assert.Equal(expected, NameNormalizer.Normalize(name).Key);

    [Theory]
    // Hebrew is read into Arabic letters, the geresh marking the Arabic sounds Hebrew lacks; אל- is the article,
    // joined to its word as Arabic script joins it; פ (p or f) is the letter the skeleton reads as either.
    [InlineData("מחמד חסן", "محمد حسن")]
    [InlineData("ח'אלד", "خالد")]
    [InlineData("עבד אל-רחמן", "عبد الرحمن")]
    [InlineData("אנצאר אל־אסלאם", "انصار الاسلام")]
    [InlineData("יוסף פרויז", "يوسڦ ڦرويز")]
    [InlineData("עבדאלחלים", "عبد الحليم")]
    public void Normalize_Hebrew_ReadsArabicLetters(string name, string expected) => Assert.Equal(expected, NameNormalizer.Normalize(name).Key);

    [Theory]
    // A query read in its own letters keeps Greek (lower case) and kana; ʿAbd joined to a name is read apart, as in
    // Latin letters, and Abdullah stays whole.
    [InlineData("ΜΟΧΑΜΕΝΤ ΕΝΟΥΙΝΙ", "μοχαμεντ ενουινι")]
    [InlineData("ΑΜΠΝΤΕΛΜΑΛΕΚ", "abd μαλεκ")]
    [InlineData("ΑΜΠΝΤΟΥΛΑΧ", "αμπντουλαχ")]
    [InlineData("アブデルマレク・ドルクデル", "abd マレク ドルクデル")]
    [InlineData("アブドゥッラー", "アブドゥッラー")]
    public void NormalizeKeepingOwnLetters_GreekAndKana_KeptAsWords(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.NormalizeKeepingOwnLetters(name).Key);

    [Theory]
    [InlineData("ΜΟΧΑΜΑΝΤ ΟΜΑΡ", "Mohammad Omar")]
    [InlineData("ΧΑΣΑΝ ΑΜΠΝΤΟΥΛΑΧ ΧΕΡΣΙ ΑΛ-ΤΟΥΡΚΙ", "Hassan Abdullah Hersi al-Turki")]
    [InlineData("ΙΜΠΡΑΧΙΜ ΧΑΣΑΝ ΤΑΛΕΑ ΑΣΙΡΙ", "Ibrahim Hasan Talea Aseeri")]
    // Greek's σ for sh, χ for kh, κ for q, single for double letters: read in Greek letters, through the skeleton.
    [InlineData("ΣΑΦΙΚΟΥΛΑΧ ΧΑΝ", "Shafiqullah Khan")]
    [InlineData("ΣΑΜΣΟΥΝΤΙΝ ΚΑΣΙΜΙ", "Shamsuddin Qasimi")]
    [InlineData("ΧΑΛΙΛ ΑΧΜΑΝΤ ΧΑΚΑΝΙ", "Khalil Ahmed Haqqani")]
    // Kana's r for l and h for kh, read in kana through the skeleton; ʿAbd joined to its name read apart.
    [InlineData("ハリル・アフマド・ハッカニ", "Khalil Ahmed Haqqani")]
    [InlineData("アブデルハリム・ラシド", "Abdelhalim Rashid")]
    [InlineData("ΑΜΠΝΤΕΛΧΑΛΙΜ ΡΑΣΙΝΤ", "Abdelhalim Rashid")]
    [InlineData("マリク・ヌルザイ", "Malik Noorzai")]
    [InlineData("ウマル・サバウィ・イブラヒム・ハサン・アル＝ティクリティ", "Umar Sabawi Ibrahim Hasan Al-Tikriti")]
    [InlineData("מחמד חסן אח'ונד", "Mohammad Hassan Akhund")]
    [InlineData("טארק עזיז", "Tariq Aziz")]
    [InlineData("אנצאר אל-אסלאם", "Ansar al-Islam")]
    [InlineData("ג'בהת אל-נצרה", "Jabhat al-Nusrah")]
    [InlineData("פייסל עבד אל-רחמן", "Faisal Abd al-Rahman")]
    [InlineData("פרויז ג'עפרי", "Parviz Jafari")]
    [InlineData("אל-נור גרופ", "Al-Noor Group")]
    [InlineData("Մոհամմադ Յաքուբ", "Mohammad Yaqub")]
    [InlineData("ქასემ სოლეიმანი", "Qasem Soleimani")]
    [InlineData("فلاديمير بوتين", "Vladimir Putin")]
    [InlineData("عبد اللہ یحیی الحاکم", "Abdullah Yahya Al Hakim")]
    public void Compare_NameInAnotherScript_MeetsItsLatinSpelling(string query, string listed) =>
        Assert.True(PairComparer.Compare(query, listed).Score >= ScreeningOptions.DefaultThreshold, $"{PairComparer.Compare(query, listed)}");

    [Theory]
    // Common names written in each script (none of them on the UN list) must not hit it.
    [InlineData("ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ")]
    [InlineData("Νίκος Παππάς")]
    [InlineData("ΚΥΡΙΑΚΟΣ ΜΗΤΣΟΤΑΚΗΣ")]
    [InlineData("דוד כהן")]
    [InlineData("משה לוי")]
    [InlineData("בנימין נתניהו")]
    [InlineData("タナカ・ヒロシ")]
    [InlineData("ジョン・スミス")]
    [InlineData("ウラジーミル・プーチン")]
    [InlineData("Նիկոլ Փաշինյան")]
    [InlineData("ირაკლი კობახიძე")]
    [InlineData("สมชาย ใจดี")]
    [InlineData("राहुल गांधी")]
    [InlineData("Дмитрий Анатольевич Медведев")]
    [InlineData("Сергей Кужугетович Шойгу")]
    [InlineData("Олександр Усик")]
    public void Screen_CommonNameInAnotherScript_DoesNotHitTheUnList(string name)
    {
        var hits = UnScreener.Value.Screen(new PartyQuery(name), new ScreeningOptions { Threshold = ScreeningOptions.DefaultThreshold });

        Assert.True(hits.Count == 0, string.Join("; ", hits.Select(h => h.Explanation.Summary)));
    }

    static readonly Lazy<Screener> UnScreener = new(() => new Screener([UnListParser.Parse(RepositoryPaths.UnList2026).Snapshot!]));
}
