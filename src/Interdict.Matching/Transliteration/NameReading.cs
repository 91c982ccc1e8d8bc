namespace Interdict.Matching.Transliteration;

/// <summary>How a name was read when it was compared: as written, or a name in Chinese characters read aloud.</summary>
public enum NameReading : byte
{
    /// <summary>As written (after normalisation: Hangul and Cyrillic are always romanised).</summary>
    AsWritten = 0,
    /// <summary>Chinese characters read in Mandarin, toneless pinyin (习近平 → <c>xi jinping</c>).</summary>
    Mandarin,
    /// <summary>Chinese characters read in Korean, as a Korean name written in Hanja is (金正恩 → <c>kim jong un</c>).</summary>
    SinoKorean,
}
