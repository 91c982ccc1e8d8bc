using static Interdict.Matching.Korean.Jamo;

using Interdict.Matching.Index;

namespace Interdict.Matching.Korean;

/// <summary>Reads a Latin word as a sequence of romanised Korean syllables, in any of the systems people use.</summary>
/// <remarks>
/// A word such as <c>wonho</c>, <c>kwangil</c> or <c>chongchongang</c> may split into syllables in more than
/// one way (<c>kwang-il</c>, <c>kwan-gil</c>); every split is returned (up to <see cref="MaxSplits"/>).
/// A word that cannot be read as Korean syllables (<c>trading</c>, <c>jmng</c>) has no split.
/// Spellings recognised: McCune–Reischauer with or without breves and apostrophes (already removed by the
/// normaliser), the DPRK's variant (<c>j</c>, <c>kh</c>, <c>th</c>, <c>ph</c>), Revised Romanisation
/// (<c>eo</c>, <c>eu</c>, <c>g</c>, <c>d</c>, <c>b</c>) and common spellings (<c>Lee</c>, <c>Park</c>, <c>Choi</c>,
/// <c>Chul</c>, <c>Young</c>, <c>Woo</c>, <c>Shin</c>, <c>Oh</c>).
/// </remarks>
static class KoreanSyllables
{
    public const int MaxSplits = 8;
    const int MaxSyllables = 5;

    static readonly (string Spelling, uint Mask)[] InitialSpellings =
    [
        ("tch", Initials(Jj)), ("chh", Initials(Ch)), ("kk", Initials(Kk)), ("gg", Initials(Kk)), ("kh", Initials(K)),
        ("tt", Initials(Tt)), ("dd", Initials(Tt)), ("th", Initials(T)), ("pp", Initials(Pp)), ("bb", Initials(Pp)),
        ("ph", Initials(P)), ("ss", Initials(Ss)), ("sh", Initials(S)), ("jj", Initials(Jj)), ("ch", Initials(J, Ch)),
        ("rh", Initials(R)), ("g", Initials(G)), ("k", Initials(G, K)), ("n", Initials(N)), ("d", Initials(D)),
        ("t", Initials(D, T)), ("r", Initials(R)), ("l", Initials(R)), ("m", Initials(M)), ("b", Initials(B)),
        ("p", Initials(B, P)), ("f", Initials(P)), ("s", Initials(S)), ("j", Initials(J)), ("h", Initials(H)),
        ("", Initials(Silent)),
    ];

    // Medials ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20; longest spellings first.
    static readonly (string Spelling, uint Mask)[] MedialSpellings =
    [
        ("yeo", Medials(6)), ("yae", Medials(3, 7)), ("yoo", Medials(17)), ("you", Medials(17, 6)), ("wae", Medials(10, 11, 15)),
        ("wai", Medials(10, 11)), ("weo", Medials(14)), ("wee", Medials(16)), ("woo", Medials(13)), ("eui", Medials(19)),
        ("wei", Medials(15, 11)),
        ("ae", Medials(1, 5)), ("ai", Medials(1)), ("ya", Medials(2)), ("ye", Medials(3, 7)), ("eo", Medials(4)),
        ("eu", Medials(18)), ("oo", Medials(13)), ("yo", Medials(6, 12)), ("yu", Medials(17, 6)), ("wa", Medials(9)),
        ("oe", Medials(11, 10, 15)), ("oi", Medials(11)), ("we", Medials(15, 10, 11)), ("wo", Medials(14)),
        ("wu", Medials(13)), ("wi", Medials(16)), ("ui", Medials(19, 16)), ("ee", Medials(20)), ("yi", Medials(20, 19)),
        ("a", Medials(0)), ("e", Medials(5, 1)), ("o", Medials(4, 8)), ("u", Medials(13, 18, 4)), ("i", Medials(20, 19)),
    ];

    static readonly (string Spelling, byte Mask)[] FinalSpellings =
    [
        ("ng", FinalNg), ("ck", FinalK), ("rk", FinalK), ("ll", FinalL), ("k", FinalK), ("g", FinalK), ("n", FinalN), ("t", FinalT),
        ("d", FinalT), ("l", FinalL), ("r", FinalL), ("m", FinalM), ("p", FinalP), ("b", FinalP),
    ];

    /// <summary>Bounded by the vocabulary of the index plus queries; capped so a stream of random words cannot grow it forever.</summary>
    static readonly BoundedCache<RomanSyllable[][]> Cache = new(200_000);
    static readonly RomanSyllable[][] NoSplit = [];

    /// <summary>Every way to read <paramref name="word"/> (lower-case ASCII) as Korean syllables; empty when there is none.</summary>
    public static RomanSyllable[][] Split(string word)
    {
        if (word.Length is 0 or > 18) return NoSplit;
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z') return NoSplit;
        }
        if (Cache.TryGetValue(word, out var cached)) return cached;
        var splits = new List<RomanSyllable[]>();
        var current = new List<RomanSyllable>(MaxSyllables);
        Walk(word, 0, current, splits);
        var result = splits.Count == 0 ? NoSplit : splits.ToArray();
        Cache.Add(word, result);
        return result;
    }

    static void Walk(string word, int position, List<RomanSyllable> current, List<RomanSyllable[]> splits)
    {
        if (splits.Count >= MaxSplits) return;
        if (position == word.Length)
        {
            if (current.Count > 0) splits.Add([.. current]);
            return;
        }
        if (current.Count == MaxSyllables) return;
        var rest = word.AsSpan(position);
        foreach (var (initial, initialMask) in InitialSpellings)
        {
            if (!rest.StartsWith(initial, StringComparison.Ordinal)) continue;
            // Two vowels in a row inside a word are one vowel (Choe is ch-oe, never cho-e): a vowel-initial syllable
            // follows only a syllable that ends in a consonant (Kwang-il, Hyon-ok).
            if (initial.Length == 0 && current.Count > 0 && current[^1].Finals == FinalNone) continue;
            var afterInitial = rest[initial.Length..];
            foreach (var (medial, spelledMask) in MedialSpellings)
            {
                if (!afterInitial.StartsWith(medial, StringComparison.Ordinal)) continue;
                var medialMask = spelledMask;
                // "Joe" is the common English-style spelling of 조 (Jo, Cho), not of 최 (Choe, Choi).
                if (initial == "j" && medial == "oe" && position + 3 == word.Length) medialMask |= Medials(8);
                var afterMedial = position + initial.Length + medial.Length;
                var initials = WordInitialVariants(initialMask, medialMask, current.Count == 0);
                // A final h is silent at a word's end (Oh, Roh); it is no Korean final elsewhere.
                if (afterMedial == word.Length - 1 && word[afterMedial] == 'h')
                {
                    Push(word, word.Length, new RomanSyllable(initials, medialMask, FinalNone), current, splits);
                }
                Push(word, afterMedial, new RomanSyllable(initials, medialMask, FinalNone), current, splits);
                foreach (var (final, finalMask) in FinalSpellings)
                {
                    if (afterMedial + final.Length > word.Length || !word.AsSpan(afterMedial).StartsWith(final, StringComparison.Ordinal)) continue;
                    Push(word, afterMedial + final.Length, new RomanSyllable(initials, medialMask, finalMask), current, splits);
                }
            }
        }
    }

    static void Push(string word, int next, RomanSyllable syllable, List<RomanSyllable> current, List<RomanSyllable[]> splits)
    {
        current.Add(syllable);
        Walk(word, next, current, splits);
        current.RemoveAt(current.Count - 1);
    }

    /// <summary>At a word's start the South writes ㄹ as ㄴ (Ro/No) and drops both before an i or y sound
    /// (Ri/Yi/I, Ryu/Yu, Rim/Im), so there ㄹ and ㄴ stand for each other, and before i/y also for the silent ㅇ.</summary>
    static uint WordInitialVariants(uint initials, uint medials, bool wordInitial)
    {
        if (!wordInitial) return initials;
        var variants = initials;
        if ((initials & Initials(R, N)) != 0) variants |= Initials(R, N);
        if ((medials & IotizedMask) != 0 && (initials & LiquidNasalSilentMask) != 0) variants |= LiquidNasalSilentMask;
        return variants;
    }

    /// <summary>True when the two syllable sequences can spell the same Hangul, every syllable one that Korean names
    /// are written with (<see cref="NameSyllables"/>): <c>Choe</c>/<c>Choi</c> (최), not <c>Li</c>/<c>Lui</c> (릐).</summary>
    public static bool Compatible(ReadOnlySpan<RomanSyllable> a, ReadOnlySpan<RomanSyllable> b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].IsCompatibleWith(b[i])) return false;
            if (!NameSyllables.Holds(new RomanSyllable(a[i].Initials & b[i].Initials, a[i].Medials & b[i].Medials, (byte)(a[i].Finals & b[i].Finals)))) return false;
        }
        return true;
    }

    /// <summary>True when some split of <paramref name="a"/> and some split of <paramref name="b"/> can spell the same Hangul.</summary>
    public static bool Equivalent(string a, string b) => Equivalent(Split(a), Split(b));

    /// <summary>True when some split of one reading list and some of the other can spell the same Hangul.</summary>
    public static bool Equivalent(RomanSyllable[][] splitsA, RomanSyllable[][] splitsB)
    {
        foreach (var x in splitsA)
        {
            foreach (var y in splitsB)
            {
                if (Compatible(x, y)) return true;
            }
        }
        return false;
    }

    /// <summary>The coarse keys of every split, for retrieval: equivalent words share at least one key.</summary>
    public static string[] CoarseKeys(string word) => CoarseKeys(Split(word));

    /// <summary>The distinct coarse keys of the given splits.</summary>
    public static string[] CoarseKeys(RomanSyllable[][] splits)
    {
        if (splits.Length == 0) return [];
        var keys = new List<string>(splits.Length);
        foreach (var split in splits)
        {
            var key = string.Concat(split.Select(s => s.CoarseCode));
            if (!keys.Contains(key)) keys.Add(key);
        }
        return [.. keys];
    }
}
