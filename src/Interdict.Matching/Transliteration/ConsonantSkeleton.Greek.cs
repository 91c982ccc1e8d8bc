namespace Interdict.Matching.Transliteration;

/// <summary>Greek words as skeletons: what a Greek spelling of a foreign name says of its Latin spellings.</summary>
/// <remarks>
/// <para>Greek cannot write several sounds that Latin spellings of Arabic, Persian and Turkic names tell apart: σ is
/// <c>s</c> or <c>sh</c> (<c>ΣΑΦΙΚΟΥΛΑΧ</c>, Shafiqullah), χ is <c>h</c> or <c>kh</c> (<c>ΧΑΝ</c>, Khan), κ is <c>k</c>
/// or <c>q</c>, ου is <c>u</c>, <c>ou</c> or <c>w</c> (<c>ΕΝΟΥΙΝΙ</c>, Ennouini), and doubled consonants are mostly
/// written once (<c>ΜΟΧΑΜΑΝΤ</c>, Mohammad). The one Latin reading of <see cref="Greek"/> picks one of each, and a
/// name with three such letters is three edits from its Latin spelling. Read as a skeleton, each such letter is the
/// set of consonant classes it can be, as an Arabic letter is (<see cref="OfArabic"/>), so the Greek word meets every
/// Latin spelling at once, on the same retrieval keys and the same <see cref="Meets"/>.</para>
/// <para>Unlike Arabic, Greek writes every vowel, so each written vowel is required in the Latin word at its place: α
/// as <c>a</c>, <c>e</c> or <c>o</c> (the Arabic alif's letters); ε and αι as <c>e</c>, <c>a</c> or <c>i</c>; ι, η, υ, ει,
/// οι as <c>i</c>, <c>e</c> or <c>y</c>; ο, ω, ου as <c>o</c>, <c>u</c> or <c>w</c>. A Latin vowel where Greek writes
/// none still costs nothing (Greek drops no vowel a Latin spelling writes, but the rule is the skeleton's own).
/// β and ου inside a word are <c>v</c>/<c>w</c>, which the Latin skeleton reads as vowels there, so they are vowels
/// here too.</para>
/// <para>The letter pairs are <see cref="Greek"/>'s: μπ, ντ, γκ, τζ are <c>b</c>, <c>d</c>, <c>g</c>, <c>j</c>; γγ is
/// <c>ng</c>; γι before a vowel is <c>y</c>; a diaeresis parts a pair.</para>
/// </remarks>
public sealed partial class ConsonantSkeleton
{
    /// <summary>True when <paramref name="word"/> starts with a Greek letter: a word kept in Greek letters by the
    /// reading of a query in its own letters (<see cref="NameReading.OwnLetters"/>).</summary>
    public static bool IsGreekWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && Greek.IsGreek(word[0]);
    }

    /// <summary>The skeleton of a word in Greek letters (as one element, so that it takes the place of an Arabic
    /// word's skeletons); empty when it holds anything but Greek letters.</summary>
    public static ConsonantSkeleton[] OfGreek(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return [];
        var letters = new (char Letter, bool Parted)[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            if (!Greek.IsGreek(word[i])) return [];
            letters[i] = Greek.Letter(word[i]);
        }
        var consonants = new List<uint>(word.Length);
        var gaps = new List<byte>(word.Length) { 0 };
        var startsWithVowel = false;
        var i2 = 0;
        while (i2 < letters.Length)
        {
            var c = letters[i2].Letter;
            var next = i2 + 1 < letters.Length && !letters[i2 + 1].Parted ? letters[i2 + 1].Letter : '\0';
            var afterNext = i2 + 2 < letters.Length ? letters[i2 + 2].Letter : '\0';
            var atStart = i2 == 0;
            var (sound, vowel, length) = GreekSound(c, next, afterNext, atStart);
            i2 += length;
            if (vowel != 0)
            {
                if (atStart) startsWithVowel = true;
                gaps[^1] |= vowel;
                continue;
            }
            if (sound == 0) return [];
            // A doubled consonant (ΠΑΠΠΑΣ) is one, as in the Latin skeleton.
            if (consonants.Count > 0 && gaps[^1] == 0 && consonants[^1] == sound) continue;
            consonants.Add(sound);
            gaps.Add(0);
        }
        return [new ConsonantSkeleton(startsWithVowel, [.. consonants], [.. gaps])];
    }

    /// <summary>What the Greek letter <paramref name="c"/> (with the one after it, when the two are one sound) is: a
    /// consonant's classes or a vowel's requirement, and how many letters it took.</summary>
    static (uint Sound, byte Vowel, int Length) GreekSound(char c, char next, char afterNext, bool atStart)
    {
        switch (c, next)
        {
            case ('ο', 'υ'):
                // ου before a vowel at a word's start is the consonant w (ΟΥΑΛΙΝΤ, Walid); elsewhere a vowel.
                return atStart && IsGreekVowel(afterNext) ? Consonant(W, 2) : Vowel(Waw, 2);
            case ('α', 'ι'): return Vowel(GreekE, 2);
            case ('ε', 'ι') or ('ο', 'ι') or ('υ', 'ι'): return Vowel(Ya, 2);
            case ('μ', 'π'): return Consonant(B, 2);
            case ('ν', 'τ'): return Consonant(D, 2);
            case ('γ', 'κ'): return Consonant(G, 2);
            case ('τ', 'ζ'): return Consonant(J, 2);
            case ('γ', 'ι') when IsGreekVowel(afterNext):
                // γι before a vowel is y: a consonant at a word's start (ΓΙΑΧΙΑ, Yahya), a vowel inside (as Latin y is).
                return atStart ? Consonant(Y, 2) : Vowel(Ya, 2);
        }
        return c switch
        {
            'α' => Vowel(Alif, 1),
            'ε' => Vowel(GreekE, 1),
            'η' or 'ι' or 'υ' => Vowel(Ya, 1),
            'ο' or 'ω' => Vowel(Waw, 1),
            'β' => atStart ? Consonant(W, 1) : Vowel(Waw, 1),
            'γ' => Consonant(G, 1),
            'δ' => Consonant(D | Z, 1),
            'ζ' => Consonant(Z | J, 1),
            'θ' => Consonant(T | S, 1),
            'κ' => Consonant(K, 1),
            'λ' => Consonant(L, 1),
            'μ' => Consonant(M, 1),
            'ν' => Consonant(N, 1),
            'π' => Consonant(B, 1),
            'ρ' => Consonant(R, 1),
            'σ' or 'ς' => Consonant(S | C, 1),
            'τ' => Consonant(T, 1),
            'φ' => Consonant(F, 1),
            'χ' => Consonant(H | X, 1),
            _ => Consonant(0, 1), // ξ, ψ (two consonants) and anything else: no skeleton
        };
    }

    static (uint Sound, byte Vowel, int Length) Consonant(uint classes, int letters) => (classes, 0, letters);

    static (uint Sound, byte Vowel, int Length) Vowel(byte required, int letters) => (0, required, letters);

    static bool IsGreekVowel(char c) => c is 'α' or 'ε' or 'η' or 'ι' or 'ο' or 'υ' or 'ω';
}
