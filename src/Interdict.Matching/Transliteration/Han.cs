using System.Globalization;
using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Chinese characters (Hanzi, and Hanja in Korean names) read aloud in Latin letters: the Mandarin reading
/// in toneless pinyin, and the Sino-Korean reading, which is how a Korean name written in Hanja is romanised
/// (金正恩 is <c>Kim Jong Un</c> in Korean, <c>Jin Zhengen</c> in Mandarin).</summary>
/// <remarks>Readings come from the Unicode Han Database (<c>data/transliteration/han-readings.tsv</c>, derived by
/// <c>scripts/make-han-readings.py</c>), loaded on first use. A character has several readings; the first Mandarin
/// reading and the common Korean one are used, except that a name's first character (the surname) takes the reading
/// Unihan marks for personal names (金: 금 "gold", but 김 Kim). Characters without a reading are kept as written.</remarks>
public static class Han
{
    /// <summary>True for a character of the CJK Unified Ideographs blocks (and their compatibility forms).</summary>
    public static bool IsHan(int codePoint) => codePoint is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
        or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F;

    /// <summary>True when <paramref name="text"/> holds at least one Chinese character.</summary>
    public static bool Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune.Value)) return true;
        }
        return false;
    }

    /// <summary>The Mandarin reading: every run of Chinese characters in toneless pinyin, written as Chinese
    /// names are (<c>习近平</c> → <c>xi jinping</c>: surname apart, given name joined) when the run is two to four
    /// characters long, one word per character otherwise. Other characters are kept.</summary>
    public static string ToPinyin(string text) => Read(text, static (reading, _) => reading.Pinyin, joinGivenName: true);

    /// <summary>The Sino-Korean reading in Hangul (<c>金正恩</c> → <c>김정은</c>), ready for
    /// <see cref="Hangul.Romanize(string, RomanizationSystem)"/>. Other characters are kept.</summary>
    public static string ToHangul(string text) =>
        Read(text, static (reading, first) => first && reading.KoreanName is { } name ? name : reading.Korean, joinGivenName: false);

    static string Read(string text, Func<HanReading, bool, string?> choose, bool joinGivenName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length * 4);
        var run = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune.Value))
            {
                var reading = Readings.TryGetValue(rune.Value, out var known) ? choose(known, run.Count == 0) : null;
                run.Add(string.IsNullOrEmpty(reading) ? rune.ToString() : reading);
                continue;
            }
            // A reading is a word of its own: keep it apart from letters that follow it (金正恩氏 → 김정은 씨).
            if (Flush(output, run, joinGivenName) && !Rune.IsWhiteSpace(rune)) output.Append(' ');
            output.Append(rune.ToString());
        }
        Flush(output, run, joinGivenName);
        return output.ToString();
    }

    /// <summary>Writes a run of read characters; false when there was none.</summary>
    static bool Flush(StringBuilder output, List<string> run, bool joinGivenName)
    {
        if (run.Count == 0) return false;
        if (output.Length > 0 && !char.IsWhiteSpace(output[^1])) output.Append(' ');
        if (joinGivenName && run.Count is >= 2 and <= 4)
        {
            output.Append(run[0]).Append(' ').AppendJoin(string.Empty, run.Skip(1));
        }
        else
        {
            output.AppendJoin(joinGivenName ? " " : string.Empty, run);
        }
        run.Clear();
        return true;
    }

    static Dictionary<int, HanReading> Readings => s_readings.Value;

    static readonly Lazy<Dictionary<int, HanReading>> s_readings = new(Load);

    static Dictionary<int, HanReading> Load()
    {
        using var stream = typeof(Han).Assembly.GetManifestResourceStream("transliteration/han-readings.tsv")
            ?? throw new InvalidOperationException("The Han readings table is not embedded in Interdict.Matching.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var readings = new Dictionary<int, HanReading>(42_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            readings[int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                new HanReading(Empty(fields[1]), Empty(fields[2]), fields.Length > 3 ? Empty(fields[3]) : null);
        }
        return readings;
    }

    static string? Empty(string field) => field.Length == 0 ? null : field;

    /// <summary>One character's readings.</summary>
    readonly record struct HanReading(string? Pinyin, string? Korean, string? KoreanName);
}
