using Interdict.Matching.Normalization;

namespace Interdict.Matching.Transliteration;

/// <summary>The Latin readings of a name written in Chinese characters, under which it is compared besides its
/// written form: a Chinese name meets its pinyin (习近平 / <c>Xi Jinping</c>), a Korean name in Hanja its
/// romanisation (金正恩 / <c>Kim Jong Un</c>), and the characters still meet the same characters.</summary>
/// <remarks>Index and query read names alike (the index reads every part of a listed name that holds a Chinese
/// character; the screener reads the query), so a pair found in one direction is found in the other.</remarks>
static class HanReadings
{
    /// <summary>The readings of <paramref name="text"/> other than as written; none when it holds no Chinese character.</summary>
    public static IEnumerable<(NameReading Reading, string Text)> Of(string text)
    {
        if (!Han.Contains(text)) yield break;
        yield return (NameReading.Mandarin, Han.ToPinyin(text));
        yield return (NameReading.SinoKorean, Han.ToHangul(text));
    }

    /// <summary>True when a normalised name holds a word of Chinese characters: the check every query pays, one
    /// comparison per word (the normaliser keeps a run of Chinese characters as one word).</summary>
    public static bool Apply(NormalizedName name)
    {
        foreach (var token in name.Tokens)
        {
            if (token[0] >= '\u3400' && Han.IsHan(token[0])) return true;
        }
        return false;
    }

    /// <summary>How an explanation says a reading.</summary>
    public static string Describe(NameReading reading) => reading switch
    {
        NameReading.Mandarin => "in Mandarin",
        NameReading.SinoKorean => "in Korean",
        NameReading.OwnLetters => "in its own letters",
        _ => CyrillicReadings.Describe(reading) ?? "as written",
    };
}
