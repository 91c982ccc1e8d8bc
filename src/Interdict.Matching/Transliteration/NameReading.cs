namespace Interdict.Matching.Transliteration;

/// <summary>How a name was read when it was compared: as written, a name in Chinese characters read aloud, or a name in
/// Cyrillic romanised in one of the conventions people write it in.</summary>
public enum NameReading : byte
{
    /// <summary>As written (after normalisation: Hangul and Cyrillic are always romanised).</summary>
    AsWritten = 0,
    /// <summary>Chinese characters read in Mandarin, toneless pinyin (习近平 → <c>xi jinping</c>).</summary>
    Mandarin,
    /// <summary>Chinese characters read in Korean, as a Korean name written in Hanja is (金正恩 → <c>kim jong un</c>).</summary>
    SinoKorean,
    /// <summary>Cyrillic in BGN/PCGN, the English convention (<c>Гучаев</c> → <c>Guchayev</c>), with кс as <c>x</c> and
    /// дж as <c>j</c> as English texts write them (<c>Alexander</c>, <c>Maxim</c>; <c>Jamshed</c>, <c>Jan</c>).</summary>
    CyrillicEnglish,
    /// <summary>Cyrillic as passports write it (ICAO Doc 9303: <c>Вячеславович</c> → <c>Viacheslavovich</c>).</summary>
    CyrillicIcao,
    /// <summary>Cyrillic in the German convention (Duden: <c>Чатаев</c> → <c>Tschatajew</c>).</summary>
    CyrillicGerman,
    /// <summary>Cyrillic in the French convention (<c>Гучаев</c> → <c>Goutchaïev</c>).</summary>
    CyrillicFrench,
    /// <summary>Cyrillic in the Polish convention (<c>Чатаев</c> → <c>Czatajew</c>).</summary>
    CyrillicPolish,
    /// <summary>Cyrillic in the Czech convention (<c>Захаров</c> → <c>Zacharov</c>).</summary>
    CyrillicCzech,
    /// <summary>Cyrillic in the scientific (scholarly) transliteration (<c>Вячеславович</c> → <c>Vjačeslavovič</c>).</summary>
    CyrillicScientific,
    /// <summary>Cyrillic in ISO 9 (<c>Бютукаев</c> → <c>Bûtukaev</c>).</summary>
    CyrillicIso9,
    /// <summary>Cyrillic in the Latvian convention (<c>Газиев</c> → <c>Gazijevs</c>).</summary>
    CyrillicLatvian,
    /// <summary>Ukrainian in its national romanisation (KMU 2010: <c>Янукович</c> → <c>Yanukovych</c>).</summary>
    CyrillicUkrainian,
    /// <summary>Greek and kana kept in their own letters, each word compared with Latin spellings through its consonant
    /// skeleton (<c>ΣΑΦΙΚΟΥΛΑΧ</c> meets <c>Shafiqullah</c>, where Greek has no <c>sh</c>, <c>q</c> or double <c>l</c>;
    /// <c>アブデルマレク</c> meets <c>Abdelmalek</c>, where kana has no l).</summary>
    OwnLetters,
}
