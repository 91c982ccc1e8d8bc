using System.Collections.Frozen;
using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Japanese kana to Latin, read back into the foreign name the katakana spells (<c>ムハンマド</c> →
/// <c>muhammad</c>, <c>アフマド</c> → <c>ahmad</c>, <c>ジャヴァド</c> → <c>javad</c>).</summary>
/// <remarks>Hand-written on purpose: a per-character table (AnyAscii) reads ジャ as <c>jiya</c>, ファ as <c>fua</c> and
/// ッ as <c>t</c>, and keeps every vowel Japanese must add. The rules:
/// <list type="bullet">
/// <item>Hepburn syllables; a small kana changes the vowel of the one before it (ファ <c>fa</c>, ティ <c>ti</c>,
/// ドゥ <c>du</c>, ウィ <c>wi</c>, シェ <c>she</c>) or adds a y (キャ <c>kya</c>, ジャ <c>ja</c>).</item>
/// <item>ッ doubles the next consonant (<c>ッラー</c> → <c>lla</c>); ー, the long vowel, is not written (Latin
/// spellings of Arabic and Persian names rarely mark length); ン is <c>m</c> before b, m, p.</item>
/// <item>The vowel Japanese adds after a consonant that ends a syllable of the foreign name is dropped: the u of a
/// u-syllable and the o of ト and ド, when not the word's first syllable and followed by a consonant or the word's
/// end (<c>イブラヒム</c> → <c>ibrahim</c>, <c>ハマド</c> → <c>hamad</c>); フ so shortened before a consonant is the
/// Arabic h or kh Japanese renders with it (<c>アフマド</c> → <c>ahmad</c>).</item>
/// <item>Hiragana reads as the katakana of the same sound.</item>
/// </list>
/// Output is lower case ASCII. The r of ラ行 stays <c>r</c> (Japanese does not tell r from l).</remarks>
static class Kana
{
    /// <summary>True for a hiragana or katakana letter (with ー, the long-vowel mark).</summary>
    public static bool IsKana(char c) => c is >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30FA' or '\u30FC' or >= '\u31F0' and <= '\u31FF';

    const char LongVowel = 'ー';
    const char SmallTsu = 'ッ';

    static readonly FrozenDictionary<char, string> Syllables = BuildSyllables();

    static FrozenDictionary<char, string> BuildSyllables()
    {
        // One row per consonant, in the order a i u e o; '.' where the row has no kana.
        string[] rows =
        [
            "アイウエオ:a i u e o", "カキクケコ:ka ki ku ke ko", "ガギグゲゴ:ga gi gu ge go", "サシスセソ:sa shi su se so",
            "ザジズゼゾ:za ji zu ze zo", "タチツテト:ta chi tsu te to", "ダヂヅデド:da ji zu de do", "ナニヌネノ:na ni nu ne no",
            "ハヒフヘホ:ha hi fu he ho", "バビブベボ:ba bi bu be bo", "パピプペポ:pa pi pu pe po", "マミムメモ:ma mi mu me mo",
            "ヤユヨ:ya yu yo", "ラリルレロ:ra ri ru re ro", "ワヰヱヲ:wa i e o", "ン:n", "ヴ:vu",
            "ァィゥェォ:a i u e o", "ャュョ:ya yu yo", "ヮヵヶ:wa ka ke", "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ:ku shi su to nu ha hi fu he ho mu ra ri ru re ro",
        ];
        var table = new Dictionary<char, string>();
        foreach (var row in rows)
        {
            var (kana, latin) = (row[..row.IndexOf(':', StringComparison.Ordinal)], row[(row.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' '));
            for (var k = 0; k < kana.Length; k++) table[kana[k]] = latin[k];
        }
        return table.ToFrozenDictionary();
    }

    /// <summary>Appends the Latin reading of the run of kana starting at <paramref name="start"/>; returns the
    /// index after the run.</summary>
    public static int AppendRun(string text, int start, StringBuilder output)
    {
        var i = start;
        var doubleNext = false;
        var first = true;
        while (i < text.Length && IsKana(text[i]))
        {
            var c = Katakana(text[i]);
            if (c == LongVowel) { i++; continue; }
            if (c == SmallTsu) { doubleNext = true; i++; continue; }
            if (!Syllables.TryGetValue(c, out var syllable)) { i++; continue; }
            var read = 1;
            var next = i + 1 < text.Length && IsKana(text[i + 1]) ? Katakana(text[i + 1]) : '\0';
            var modified = false;
            if (IsSmallVowel(next) || IsSmallY(next))
            {
                syllable = Combine(syllable, Syllables[next], IsSmallY(next));
                read = 2;
                modified = true;
                next = i + 2 < text.Length && IsKana(text[i + 2]) ? Katakana(text[i + 2]) : '\0';
            }
            if (doubleNext && !IsVowel(syllable[0])) output.Append(syllable[0] == 'c' ? 't' : syllable[0]);
            doubleNext = false;
            if (c == 'ン' && Syllables.TryGetValue(next, out var following) && following[0] is 'b' or 'm' or 'p') syllable = "m";
            else if (!first && !modified && IsAddedVowel(c, syllable) && (next == '\0' || StartsWithConsonant(next)))
            {
                syllable = syllable[..^1];
                if (syllable == "f" && next != '\0') syllable = "h";
            }
            output.Append(syllable);
            first = false;
            i += read;
        }
        return i;
    }

    /// <summary>The syllable a kana makes with the small kana after it.</summary>
    static string Combine(string syllable, string small, bool smallY)
    {
        if (syllable == "u" && !smallY) return "w" + small; // ウィ wi, ウェ we, ウォ wo
        if (syllable == "i") return smallY ? small : "y" + small; // イェ ye
        var stem = syllable[..^1];
        if (!smallY) return stem + small;
        // キャ kya, but シャ sha, チャ cha, ジャ ja: those consonants already hold the y.
        return stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith('j') ? stem + small[1..] : stem + small;
    }

    /// <summary>A syllable whose vowel Japanese adds after a consonant: the u of a u-syllable, the o of ト and ド.</summary>
    static bool IsAddedVowel(char kana, string syllable) =>
        syllable.Length > 1 && (syllable[^1] == 'u' && syllable != "yu" || kana is 'ト' or 'ド');

    static bool StartsWithConsonant(char kana) =>
        kana != LongVowel && !IsSmallVowel(kana) && !IsSmallY(kana) && (kana == SmallTsu || Syllables.TryGetValue(kana, out var s) && !IsVowel(s[0]));

    static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'e' or 'o';

    static bool IsSmallVowel(char c) => c is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' or 'ヮ';

    static bool IsSmallY(char c) => c is 'ャ' or 'ュ' or 'ョ';

    /// <summary>Hiragana as the katakana of the same sound.</summary>
    static char Katakana(char c) => c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c;
}
