using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>A name word reduced to what Arabic script writes of it: its consonants (as classes of sounds that
/// romanisations confuse) and, between them, its vowels; the key on which an Arabic-script word meets its Latin
/// spellings (<c>محمد</c> = <c>Mohammed</c> = <c>Muhammad</c>, <c>حسن</c> = <c>Hassan</c> = <c>Hasan</c>).</summary>
/// <remarks>
/// <para>Arabic script writes consonants and long vowels (ا و ي) but not short vowels, so a letter-by-letter
/// romanisation (<c>mhmd</c>) is far from <c>Mohammed</c> by edit distance. Both sides are therefore reduced to a
/// skeleton: Latin vowels are dropped, digraphs read as one sound (<c>kh</c>, <c>sh</c>, <c>th</c>, <c>dh</c>,
/// <c>gh</c>, <c>ph</c>, <c>dj</c>), <c>q</c> is <c>k</c>, <c>p</c> is <c>b</c>, <c>v</c> is <c>w</c>, doubled letters
/// are one; <c>w</c> and <c>y</c> are consonants at a word's start and vowels elsewhere, as و and ي are.</para>
/// <para>An Arabic letter may stand for several Latin sounds (ث is <c>th</c> or, in Persian, <c>s</c>; ض and ذ are
/// <c>d</c>, <c>dh</c> or <c>z</c>; ج is <c>j</c> or, in Egypt, <c>g</c>), so an Arabic consonant is a set of classes.
/// Some spellings are optional: the article ال (<c>al-Rahman</c> or <c>Rahman</c>), a final ه or ة
/// (<c>Fatimah</c>, <c>Fatima</c>), the article after عبد (<c>Abdulrahman</c>, <c>Abdurrahman</c>); an Arabic word
/// has one skeleton per choice.</para>
/// <para>The long vowels Arabic writes must be present in the Latin spelling at the same place: حسين has ي between
/// <c>s</c> and <c>n</c>, so it is <c>Hussein</c> or <c>Husain</c> but not <c>Hassan</c>; محمود is <c>Mahmoud</c>,
/// not <c>Mohamed</c>. Latin vowels where Arabic writes none are the short vowels, and cost nothing.</para>
/// </remarks>
public sealed partial class ConsonantSkeleton
{
    /// <summary>The classes, one letter each, in bit order: b t j h x(kh) d r z s c(sh) f k g l m n w y.</summary>
    const string ClassLetters = "btjhxdrzscfkglmnwy";

    const uint B = 1 << 0, T = 1 << 1, J = 1 << 2, H = 1 << 3, X = 1 << 4, D = 1 << 5, R = 1 << 6, Z = 1 << 7, S = 1 << 8,
        C = 1 << 9, F = 1 << 10, K = 1 << 11, G = 1 << 12, L = 1 << 13, M = 1 << 14, N = 1 << 15, W = 1 << 16, Y = 1 << 17;

    // Latin vowel letters present in a gap.
    const byte VowelA = 1, VowelE = 2, VowelI = 4, VowelO = 8, VowelU = 16, VowelY = 32, VowelW = 64;

    // Arabic long vowels required in a gap, and the Latin vowels that can write each.
    const byte Alif = 1, Waw = 2, Ya = 4, FinalYa = 8, FinalA = 16, GreekE = 32;
    const byte AlifLatin = VowelA | VowelE | VowelO;
    const byte WawLatin = VowelU | VowelO | VowelW;
    const byte YaLatin = VowelI | VowelE | VowelY;
    const byte FinalYaLatin = YaLatin | VowelA; // ى (folded to ي) is a at a word's end: Mustafa, Musa, Yahya
    const byte FinalALatin = VowelA | VowelE; // an unwritten final ه: Fatima, Fatime
    const byte GreekELatin = VowelA | VowelE | VowelI; // Greek ε, αι: Mohamed, Mohamad; Mehdi, Mahdi

    /// <summary>In a spelling of <see cref="Spellings"/>: a final ه left unwritten, whose vowel must be (ة never
    /// occurs in folded text).</summary>
    const char FinalVowelMark = 'ة';

    /// <summary>At most this many keys per Arabic word: each ambiguous letter doubles them.</summary>
    const int MaxKeys = 32;

    ConsonantSkeleton(bool startsWithVowel, uint[] consonants, byte[] gaps)
    {
        StartsWithVowel = startsWithVowel;
        Consonants = consonants;
        Gaps = gaps;
    }

    /// <summary>True when the word starts with a vowel (Latin a e i o u; Arabic ا ع ء).</summary>
    bool StartsWithVowel { get; }

    /// <summary>The consonants, each a set of classes (Latin: one class).</summary>
    uint[] Consonants { get; }

    /// <summary>The vowels before, between and after the consonants (one more than consonants): the Latin vowel
    /// letters present, or the Arabic long vowels required.</summary>
    byte[] Gaps { get; }

    /// <summary>How many consonants the word has.</summary>
    public int ConsonantCount => Consonants.Length;

    /// <summary>True when an Arabic skeleton says enough to be compared: two consonants, or one and a long vowel
    /// (علي, Ali). A lone consonant (a clipped word, or ال) would meet half the short words of a list.</summary>
    bool Distinctive => Consonants.Length >= 2 || (Consonants.Length == 1 && Gaps.Any(g => g != 0));

    /// <summary>The skeleton of a lower-case Latin word, or null when the word holds anything but ASCII letters.</summary>
    public static ConsonantSkeleton? OfLatin(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return null;
        var consonants = new List<uint>(word.Length);
        var gaps = new List<byte>(word.Length) { 0 };
        var startsWithVowel = IsLatinVowel(word[0]);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAsciiLetterLower(c)) return null;
            var vowel = LatinVowel(c, i);
            if (vowel != 0)
            {
                gaps[^1] |= vowel;
                continue;
            }
            var (sound, length) = LatinConsonant(word, i);
            i += length - 1;
            // A doubled consonant (Hassan, Mohammed) is one letter of Arabic script.
            if (consonants.Count > 0 && gaps[^1] == 0 && consonants[^1] == sound) continue;
            consonants.Add(sound);
            gaps.Add(0);
        }
        return new ConsonantSkeleton(startsWithVowel, [.. consonants], [.. gaps]);
    }

    /// <summary>The retrieval key of a Latin word (one class letter per consonant, <c>_</c> first when it starts
    /// with a vowel), or null when it has none.</summary>
    public static string? LatinKey(string word)
    {
        var skeleton = OfLatin(word);
        if (skeleton is null || skeleton.Consonants.Length == 0) return null;
        var key = new StringBuilder(skeleton.Consonants.Length + 1);
        if (skeleton.StartsWithVowel) key.Append('_');
        foreach (var consonant in skeleton.Consonants) key.Append(ClassLetters[System.Numerics.BitOperations.TrailingZeroCount(consonant)]);
        return key.ToString();
    }

    /// <summary>The skeletons of a folded Arabic-script word (<see cref="Arabic.Fold"/>), one per optional spelling;
    /// empty when the word holds a character that is not an Arabic letter.</summary>
    public static ConsonantSkeleton[] OfArabic(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var skeletons = new List<ConsonantSkeleton>(4);
        foreach (var spelling in Spellings(word))
        {
            if (ParseArabic(spelling) is { } skeleton) skeletons.Add(skeleton);
        }
        return [.. skeletons];
    }

    /// <summary>The retrieval keys of an Arabic word's skeletons: every choice of class for every consonant
    /// (at most <see cref="MaxKeys"/>).</summary>
    public static string[] Keys(IReadOnlyList<ConsonantSkeleton> skeletons)
    {
        ArgumentNullException.ThrowIfNull(skeletons);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var skeleton in skeletons)
        {
            if (!skeleton.Distinctive) continue;
            var partial = new List<string> { skeleton.StartsWithVowel ? "_" : string.Empty };
            foreach (var consonant in skeleton.Consonants)
            {
                var next = new List<string>(partial.Count * 2);
                foreach (var prefix in partial)
                {
                    for (var bit = 0; bit < ClassLetters.Length; bit++)
                    {
                        if ((consonant & (1u << bit)) != 0 && next.Count < MaxKeys) next.Add(prefix + ClassLetters[bit]);
                    }
                }
                partial = next;
            }
            foreach (var key in partial)
            {
                if (keys.Count < MaxKeys) keys.Add(key);
            }
        }
        return [.. keys];
    }

    /// <summary>True when the Latin word can be a spelling of the Arabic word: a skeleton of the Arabic word has the
    /// Latin word's consonants, class for class, and every long vowel it writes is written in the Latin word too.</summary>
    public static bool Meets(ConsonantSkeleton latin, IReadOnlyList<ConsonantSkeleton> arabic)
    {
        ArgumentNullException.ThrowIfNull(latin);
        ArgumentNullException.ThrowIfNull(arabic);
        foreach (var skeleton in arabic)
        {
            if (skeleton.Admits(latin)) return true;
        }
        return false;
    }

    bool Admits(ConsonantSkeleton latin)
    {
        if (!Distinctive || latin.StartsWithVowel != StartsWithVowel || latin.Consonants.Length != Consonants.Length) return false;
        for (var i = 0; i < Consonants.Length; i++)
        {
            if ((Consonants[i] & latin.Consonants[i]) == 0) return false;
        }
        for (var i = 0; i < Gaps.Length; i++)
        {
            if (!Written(Gaps[i], latin.Gaps[i])) return false;
        }
        return true;
    }

    static bool Written(byte required, byte latin) =>
        ((required & Alif) == 0 || (latin & AlifLatin) != 0)
        && ((required & Waw) == 0 || (latin & WawLatin) != 0)
        && ((required & Ya) == 0 || (latin & YaLatin) != 0)
        && ((required & FinalYa) == 0 || (latin & FinalYaLatin) != 0)
        && ((required & FinalA) == 0 || (latin & FinalALatin) != 0)
        && ((required & GreekE) == 0 || (latin & GreekELatin) != 0);

    /// <summary>The word as written, and without each spelling that Latin renderings may leave out.</summary>
    static List<string> Spellings(string word)
    {
        var forms = new List<string> { word };
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            // The article: الرحمن is Rahman or al-Rahman (a separate Latin particle, or joined: Alrahman), and
            // before a "sun" letter it is assimilated: الصبار is Essabar, الرحمن Arrahman.
            forms.Add(word[2..]);
            if (IsSunLetter(word[2])) forms.Add("ا" + word[2..]);
        }
        // The article inside a word (a compound: نورالدين, حمدالله, عبدالرحمن) is written ud, ul, el, or not at all:
        // Nooruddin, Hamdullah, Abdurrahman. Its alif is never written in Latin.
        var article = word.Length > 4 ? word.IndexOf("ال", 2, StringComparison.Ordinal) : -1;
        if (article > 0)
        {
            forms.Add(word.Remove(article, 1));
            forms.Add(word.Remove(article, 2));
        }
        if (word == "عبد") forms.Add("عبدل"); // Abd or, with the article of the next word, Abdul
        // و at the start is w (Walid) or, in French spellings, a vowel (ولد: Ould): read the latter as ا then و.
        if (word.Length > 2 && word[0] == 'و') forms.Add("ا" + word);
        // A final ه (and ة, folded to it) is written h, or a: Fatimah, Fatima; Allah, Abdulla. Without the h, the
        // Latin word must end in that vowel (الله is Alla, never Ali): ة, which folded words never hold, marks it.
        var count = forms.Count;
        for (var i = 0; i < count; i++)
        {
            if (forms[i].Length > 2 && forms[i][^1] == 'ه') forms.Add(forms[i][..^1] + FinalVowelMark);
        }
        return forms;
    }

    static ConsonantSkeleton? ParseArabic(string word)
    {
        if (word.Length == 0) return null;
        var consonants = new List<uint>(word.Length);
        var gaps = new List<byte>(word.Length) { 0 };
        var startsWithVowel = word[0] is 'ا' or 'ع' or 'ء';
        var previous = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var letter = word[i];
            var atStart = i == 0;
            var atEnd = i == word.Length - 1;
            switch (letter)
            {
                case 'ا':
                    if (!atStart) gaps[^1] |= Alif;
                    break;
                case FinalVowelMark:
                    gaps[^1] |= FinalA;
                    break;
                case 'ع' or 'ء' or 'ھ': // ain and hamza are rarely written in Latin; ھ marks aspiration in Urdu
                    break;
                case 'و' when !atStart:
                    gaps[^1] |= Waw;
                    break;
                case 'ي' or 'ے' or 'ۍ' when !atStart:
                    gaps[^1] |= atEnd ? FinalYa : Ya;
                    break;
                default:
                    var sound = ArabicConsonant(letter);
                    if (sound == 0) return null;
                    // Two equal letters without a vowel between are one Latin letter (الله: Allah, Alla).
                    if (letter == previous && gaps[^1] == 0) break;
                    consonants.Add(sound);
                    gaps.Add(0);
                    break;
            }
            previous = letter;
        }
        return new ConsonantSkeleton(startsWithVowel, [.. consonants], [.. gaps]);
    }

    static uint ArabicConsonant(char letter) => letter switch
    {
        'ب' or 'پ' => B,
        'ت' or 'ط' or 'ټ' or 'ٹ' => T,
        'ث' => T | S,
        'ج' => J | G,
        'چ' => C | J,
        'ژ' => J,
        'ح' or 'ه' => H,
        'خ' => X | H,
        'د' or 'ډ' or 'ڈ' => D,
        'ذ' or 'ض' or 'ظ' or 'ځ' => D | Z,
        'ر' or 'ړ' or 'ڑ' => R,
        'ز' => Z,
        'س' or 'ص' or 'څ' => S,
        'ش' => C,
        'ښ' => C | X,
        'ږ' => G | J,
        'ف' or 'ڤ' => F | W, // Arabic has no v: foreign names write it ف (فلاديمير, Vladimir) or ڤ
        'ڦ' => B | F, // Sindhi ph, written p or ph (f); also the Hebrew פ, p or f (Hebrew.cs)
        'ق' => K,
        'ك' => K | G, // ك also stands for گ, folded into it
        'غ' => G,
        'ل' => L,
        'م' => M,
        'ن' or 'ڼ' or 'ں' => N,
        'و' => W,
        'ي' or 'ے' or 'ۍ' => Y,
        _ => 0,
    };

    /// <summary>The letters to which the article assimilates (ar-Rahman, as-Sabar, ad-Din).</summary>
    static bool IsSunLetter(char c) => c is 'ت' or 'ث' or 'د' or 'ذ' or 'ر' or 'ز' or 'س' or 'ش' or 'ص' or 'ض' or 'ط' or 'ظ' or 'ن';

    static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The vowel bit of a Latin letter at <paramref name="position"/>; 0 for a consonant.</summary>
    static byte LatinVowel(char c, int position) => c switch
    {
        'a' => VowelA,
        'e' => VowelE,
        'i' => VowelI,
        'o' => VowelO,
        'u' => VowelU,
        'y' when position > 0 => VowelY,
        'w' or 'v' when position > 0 => VowelW,
        _ => 0,
    };

    /// <summary>The class of the Latin consonant at <paramref name="i"/> and how many letters spell it.</summary>
    static (uint Sound, int Length) LatinConsonant(string word, int i)
    {
        var c = word[i];
        var next = i + 1 < word.Length ? word[i + 1] : '\0';
        if (next == 'h')
        {
            switch (c)
            {
                case 's' or 'c': return (C, 2);
                case 'k': return (X, 2);
                case 'g': return (G, 2);
                case 't': return (T, 2);
                case 'd': return (D, 2);
                case 'z': return (J, 2);
                case 'p': return (F, 2);
            }
        }
        if (c == 'd' && next == 'j') return (J, 2);
        if (c == 'c' && next == 'k') return (K, 2);
        return (c switch
        {
            'b' or 'p' => B,
            't' => T,
            'j' => J,
            'h' => H,
            'x' => X,
            'd' => D,
            'r' => R,
            'z' => Z,
            's' => S,
            'f' => F,
            'k' or 'q' or 'c' => K,
            'g' => G,
            'l' => L,
            'm' => M,
            'n' => N,
            'w' or 'v' => W,
            _ => Y,
        }, 1);
    }
}
