using Interdict.Matching.Screening;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Tests.Transliteration;

/// <summary>Each romanisation convention of Cyrillic, as its references spell well-known names, and the meeting of a
/// name in Cyrillic with its spelling in every convention (in both directions: listed in Cyrillic, queried in Latin,
/// and the reverse).</summary>
public sealed class CyrillicConventionTests
{
    [Theory]
    [InlineData(NameReading.CyrillicEnglish, "Гучаев Щукин Юрий", "Guchayev Shchukin Yuriy")]
    [InlineData(NameReading.CyrillicEnglish, "Джамшед Джалалов", "Jamshed Jalalov")]
    [InlineData(NameReading.CyrillicIcao, "Вячеславович Юрий Гучаев", "Viacheslavovich Iurii Guchaev")]
    [InlineData(NameReading.CyrillicGerman, "Чатаев Ахмед Ражапович Щукин", "Tschatajew Achmed Raschapowitsch Schtschukin")]
    [InlineData(NameReading.CyrillicGerman, "Владимир Евгений Александр Васильевич", "Wladimir Jewgeni Alexandr Wassiljewitsch")]
    [InlineData(NameReading.CyrillicFrench, "Гучаев Заурбек Салимович Юрий Путин", "Goutchaïev Zaourbek Salimovitch Iouri Poutin")]
    [InlineData(NameReading.CyrillicFrench, "Исмаилович Газиев Джихад Щукин", "Ismaïlovitch Gaziev Djikhad Chtchoukin")]
    [InlineData(NameReading.CyrillicPolish, "Чатаев Ахмед Ражапович Ислам Сеит Бютукаев", "Czatajew Achmied Rażapowicz Isłam Sieit Biutukajew")]
    [InlineData(NameReading.CyrillicPolish, "Щукин Владимир Вячеславович", "Szczukin Władimir Wiaczesławowicz")]
    [InlineData(NameReading.CyrillicCzech, "Чатаев Ахмед Захаров Щукин", "Čatajev Achmed Zacharov Ščukin")]
    [InlineData(NameReading.CyrillicScientific, "Вячеславович Шамиль Хаматович", "Vjačeslavovič Šamilʹ Xamatovič")]
    [InlineData(NameReading.CyrillicIso9, "Бютукаев Вячеславович Щукин", "Bûtukaev Vâčeslavovič Ŝukin")]
    [InlineData(NameReading.CyrillicLatvian, "Тархан Исмаилович Газиев Шамиль Доку", "Tarhans Ismailovičs Gazijevs Šamils Doku")]
    public void Romanize_InEachConvention_SpellsAsItsReferenceDoes(NameReading convention, string cyrillic, string expected)
    {
        var table = CyrillicConvention.Russian.Single(c => c.Reading == convention);

        Assert.Equal(expected.ToLowerInvariant(), table.Romanize(cyrillic));
    }

    [Fact]
    public void Romanize_UkrainianLetters_InTheNationalSystem() =>
        Assert.Equal("viktor yanukovych", CyrillicConvention.Ukrainian.Romanize("Віктор Янукович"));

    public static TheoryData<string, string> Conventions => new()
    {
        // The name in Cyrillic, and its spelling in a convention (English, passport, German, French, Polish, Czech,
        // scientific, ISO 9, Latvian): each pair must meet in both directions.
        { "Александр Вячеславович Захаров", "Alexander Vyacheslavovich ZAKHAROV" },
        { "Александр Вячеславович Захаров", "Aleksandr Viacheslavovich Zakharov" },
        { "Александр Вячеславович Захаров", "Aleksandr Vjačeslavovič Zacharov" },
        { "Александр Вячеславович Захаров", "Aleksandr Vâčeslavovič Zaharov" },
        { "Владимир Владимирович Путин", "Wladimir Wladimirowitsch Putin" },
        { "Владимир Владимирович Путин", "Vladimir Vladimirovitch Poutine" },
        { "Владимир Владимирович Путин", "Władimir Władimirowicz Putin" },
        { "Ахмед Ражапович Чатаев", "TSCHATAJEW, Achmed Raschapowitsch" },
        { "Ахмед Ражапович Чатаев", "CZATAJEW, Achmied Rażapowicz" },
        { "Ахмед Ражапович Чатаев", "ČATAJEV, ACHMED RAŽAPOVIČ" },
        { "Ахмед Ражапович Чатаев", "AHMEDS RAŽAPOVIČS ČATAJEVS" },
        { "Ахмед Ражапович Чатаев", "Axmed Ražapovič Čataev" },
        { "Заурбек Салимович Гучаев", "Goutchaïev Zaourbek Salimovitch" },
        { "Заурбек Салимович Гучаев", "Zaurbek Salimovich Guchayev" },
        { "Тархан Исмаилович Газиев", "Tarhans Ismailovičs Gazijevs" },
        { "Евгений Щукин", "Jewgeni Schtschukin" },
        { "Юрий Щукин", "Iouri Chtchoukine" },
        { "Джамшед Джалилов", "Jamshed Jalilov" },
    };

    [Theory]
    [MemberData(nameof(Conventions))]
    public void Compare_LatinQuery_MeetsTheNameListedInCyrillic(string cyrillic, string latin) =>
        Assert.True(PairComparer.Compare(latin, cyrillic).Score >= ScreeningOptions.DefaultThreshold, $"{PairComparer.Compare(latin, cyrillic)}");

    [Theory]
    [MemberData(nameof(Conventions))]
    public void Compare_CyrillicQuery_MeetsTheNameListedInLatin(string cyrillic, string latin) =>
        Assert.True(PairComparer.Compare(cyrillic, latin).Score >= ScreeningOptions.DefaultThreshold, $"{PairComparer.Compare(cyrillic, latin)}");

    [Theory]
    // Another person: another given name, another patronymic, another surname of the same shape.
    [InlineData("Анзор Русланович Газиев", "Tarhans Ismailovičs Gazijevs")]
    [InlineData("Ахмед Русланович Умаров", "Tschatajew Achmed Raschapowitsch")]
    [InlineData("Юлия Тимошенко", "Juri Schtschukin")]
    [InlineData("Сергей Лавров", "Siergiej Ławrynowicz")]
    [InlineData("Иван Иванович Петров", "Iwan Iwanowitsch Pawlow")]
    public void Compare_DifferentNamesInTwoConventions_StayApart(string cyrillic, string latin)
    {
        Assert.True(PairComparer.Compare(latin, cyrillic).Score < ScreeningOptions.DefaultThreshold, $"{PairComparer.Compare(latin, cyrillic)}");
        Assert.True(PairComparer.Compare(cyrillic, latin).Score < ScreeningOptions.DefaultThreshold, $"{PairComparer.Compare(cyrillic, latin)}");
    }

    [Fact]
    public void Of_LatinName_HasNoReadings() => Assert.Empty(CyrillicReadings.Of("Vladimir Putin"));

    [Fact]
    public void Of_CyrillicName_GivesEachDistinctSpellingOnce()
    {
        var readings = CyrillicReadings.Of("Путин").ToArray();

        // Путин is putin in English, passport, German, Czech, ISO 9 … (the written spelling), poutin in French,
        // putins in Latvian.
        Assert.Equal([NameReading.CyrillicFrench, NameReading.CyrillicLatvian], readings.Select(r => r.Reading));
    }
}
