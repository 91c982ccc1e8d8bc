using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>Kana words as skeletons: what a katakana spelling of a foreign name says of its Latin spellings.</summary>
/// <remarks>
/// <para>Katakana cannot write several distinctions that Latin spellings of foreign names make: ラ行 is <c>r</c> and
/// <c>l</c> alike (<c>アブデルマレク</c>, Abdelmalek), ハ行 is <c>h</c> and <c>kh</c> (<c>ハリド</c>, Khalid), and a
/// consonant that ends a syllable of the foreign name takes a vowel Japanese must add (<c>ドルクデル</c>, Droukdel: do,
/// ru, ku). <see cref="Kana"/> reads the kana into the most likely Latin spelling, dropping the added vowels it can
/// tell; read as a skeleton, each such letter is the set of classes it can be, as an Arabic letter is
/// (<see cref="OfArabic"/>), and the kana word meets every Latin spelling at once on the same keys and the same
/// <see cref="Meets"/>.</para>
/// <para>Vowels are required at their place, as the reading has them (the vowels Japanese adds are already dropped):
/// a as <c>a</c>, <c>e</c> or <c>o</c>; i as <c>i</c>, <c>e</c> or <c>y</c>; e as <c>e</c>, <c>a</c> or <c>i</c>; u and o as
/// <c>o</c>, <c>u</c> or <c>w</c> (so Mahmud, <c>マフムード</c>, is not Mohamed). The first syllable's u or o is optional:
/// the reading keeps a first syllable whole, added vowel and all. Inside a word, y, w and v are vowels, as the Latin
/// skeleton reads them.</para>
/// </remarks>
public sealed partial class ConsonantSkeleton
{
    /// <summary>True when <paramref name="word"/> starts with a kana: a word kept in kana by the reading of a query
    /// in its own letters (<see cref="NameReading.OwnLetters"/>).</summary>
    public static bool IsKanaWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && Kana.IsKana(word[0]);
    }

    /// <summary>The skeleton of a word in kana (as one element, so that it takes the place of an Arabic word's
    /// skeletons); empty when it holds anything but kana.</summary>
    public static ConsonantSkeleton[] OfKana(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var reading = new StringBuilder(word.Length * 3);
        if (word.Length == 0 || Kana.AppendRun(word, 0, reading) != word.Length || reading.Length == 0) return [];
        var latin = reading.ToString();
        var consonants = new List<uint>(latin.Length);
        var gaps = new List<byte>(latin.Length) { 0 };
        var startsWithVowel = IsLatinVowel(latin[0]);
        for (var i = 0; i < latin.Length; i++)
        {
            var c = latin[i];
            switch (c)
            {
                case 'a': gaps[^1] |= Alif; continue;
                case 'i': gaps[^1] |= Ya; continue;
                case 'e': gaps[^1] |= GreekE; continue;
                // The first syllable keeps the vowel Japanese adds (Kana reads it whole: ドルクデル, dor-): optional there.
                case 'o' or 'u': gaps[^1] |= consonants.Count == 1 ? (byte)0 : Waw; continue;
                case 'y' or 'w' or 'v' when i > 0: continue;
            }
            var (sound, length) = LatinConsonant(latin, i);
            i += length - 1;
            sound = c switch
            {
                'r' => R | L, // ラ行 is r and l alike
                'h' when length == 1 => H | X, // ハ行 is h and kh
                _ => sound,
            };
            // A doubled consonant (ッ) is one, as in the Latin skeleton.
            if (consonants.Count > 0 && gaps[^1] == 0 && consonants[^1] == sound) continue;
            consonants.Add(sound);
            gaps.Add(0);
        }
        return [new ConsonantSkeleton(startsWithVowel, [.. consonants], [.. gaps])];
    }
}
