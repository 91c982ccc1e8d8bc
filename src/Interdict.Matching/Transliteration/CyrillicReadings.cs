namespace Interdict.Matching.Transliteration;

/// <summary>The Latin readings of a name written in Cyrillic, one per romanisation convention, under which it is
/// compared besides its written form (which the normaliser romanises in the passport-style English spelling most
/// lists use): <c>Ахмед Ражапович Чатаев</c> meets <c>Achmed Raschapowitsch Tschatajew</c>,
/// <c>Achmied Rażapowicz Czatajew</c>, <c>Ahmeds Ražapovičs Čatajevs</c> and <c>Axmed Ražapovič Čataev</c>.</summary>
/// <remarks>
/// <para>Why readings of the Cyrillic, and not one Latin key that every convention folds into: the conventions
/// disagree on the letters themselves, not only on their spelling (<c>ch</c> is ч in English, х in German, Polish and
/// Czech, ш in French; <c>z</c> is з in English, ц in German; <c>j</c> is й in German, ж in French, х in Spanish), and
/// <c>ch</c>, <c>j</c> and <c>w</c> are Korean letters too (<c>Chol</c>, <c>Jong</c>, <c>Kwang</c>): a fold of Latin
/// spellings into one key would join different Korean and Arabic names on every list. A Cyrillic name read in each
/// convention changes no Latin name, costs nothing to a query in Latin letters, and meets each spelling exactly.</para>
/// <para>Where it works: the UN list gives the Cyrillic original of its Russian and Central Asian names, which the
/// index reads in every convention (so a query in any of them meets it); and a query in Cyrillic is read in every
/// convention (so it meets a list that spells the name in any of them). A query in one Latin convention against a
/// list that holds the name in another Latin convention only is left to the typo allowance.</para>
/// <para>Index and query read names alike, as they do for Chinese characters (<see cref="HanReadings"/>).</para>
/// </remarks>
static class CyrillicReadings
{
    /// <summary>True when <paramref name="text"/> holds a Cyrillic letter.</summary>
    public static bool Apply(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0400' && Cyrillic.IsCyrillic(c) && char.IsLetter(c)) return true;
        }
        return false;
    }

    /// <summary>The readings of <paramref name="text"/> other than as written, one per distinct spelling; none when it
    /// holds no Cyrillic letter.</summary>
    public static IEnumerable<(NameReading Reading, string Text)> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Apply(text)) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal) { Normalization.NameNormalizer.Normalize(text).Key };
        foreach (var convention in IsUkrainian(text) ? [.. CyrillicConvention.Russian, CyrillicConvention.Ukrainian] : CyrillicConvention.Russian)
        {
            var reading = convention.Romanize(text);
            if (seen.Add(Normalization.NameNormalizer.Normalize(reading).Key)) yield return (convention.Reading, reading);
        }
    }

    /// <summary>Written with a letter only Ukrainian uses.</summary>
    static bool IsUkrainian(string text)
    {
        foreach (var c in text)
        {
            if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ') return true;
        }
        return false;
    }

    /// <summary>How an explanation says a reading.</summary>
    public static string? Describe(NameReading reading) => reading switch
    {
        NameReading.CyrillicEnglish => "in the English romanisation (BGN/PCGN)",
        NameReading.CyrillicIcao => "in the passport (ICAO) romanisation",
        NameReading.CyrillicGerman => "in the German romanisation",
        NameReading.CyrillicFrench => "in the French romanisation",
        NameReading.CyrillicPolish => "in the Polish romanisation",
        NameReading.CyrillicCzech => "in the Czech romanisation",
        NameReading.CyrillicScientific => "in the scientific transliteration",
        NameReading.CyrillicIso9 => "in ISO 9",
        NameReading.CyrillicLatvian => "in the Latvian romanisation",
        NameReading.CyrillicUkrainian => "in the Ukrainian national romanisation",
        _ => null,
    };
}
