using Interdict.Matching.Index;
using Interdict.Matching.Korean;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Scoring;

/// <summary>How alike two normalised words are, in [0, 1], and why.</summary>
static class TokenSimilarity
{
    /// <summary>Two spellings of one Korean syllable sequence (<c>choe</c>/<c>choi</c>, <c>jeong</c>/<c>chong</c>).</summary>
    public const float KoreanVariant = 0.93f;

    /// <summary>An Arabic-script word and a Latin spelling with the same consonant skeleton (<c>حسن</c>/<c>Hassan</c>).
    /// Below an exact word and a Korean variant: a skeleton drops the short vowels, so two names can share one
    /// (<c>Hasan</c>, <c>Hassan</c>, <c>Hasen</c>), and the score of a name matched only so stays below an exact one.</summary>
    public const float Transliterated = 0.9f;

    /// <summary>Two spellings of one given name in the table of data/names/ (<c>Mohamed</c>/<c>Muhammad</c>): a
    /// documented equivalence, slightly below an exact word (the same person's name written the same way is better
    /// evidence than the same name written in another language).</summary>
    public const float GivenNameVariant = 0.92f;

    /// <summary>A typo between two words that are each a valid Korean syllable is more likely another name
    /// (<c>Kim Jong Man</c> is not <c>Kim Jong Mun</c>, <c>Yong</c> is not <c>Yon</c>): such fuzzy credit is scaled down
    /// by this factor.</summary>
    const float DistinctSyllablePenalty = 0.4f;

    /// <summary>The milder factor for a letter dropped or added inside a syllable's onset or vowel, its final kept
    /// (<c>Eun</c>/<c>En</c>, <c>Myong</c>/<c>Mong</c>, <c>Hak</c>/<c>Ak</c>): a slip of the keyboard, not another syllable.</summary>
    const float DroppedLetterPenalty = 0.85f;

    /// <summary>The share of a word's similarity that one edit per letter takes away.</summary>
    const float TypoCost = 0.75f;
    const float ExtraEditCost = 0.1f;

    /// <summary>Edits allowed between words whose longer one has <paramref name="length"/> characters.</summary>
    public static int AllowedEdits(int length) => length switch
    {
        <= 1 => 0,
        <= 5 => 1,
        <= 9 => 2,
        _ => 3,
    };

    /// <summary>The similarity of two words, with the way they matched; 0 when they do not.</summary>
    public static (float Similarity, MatchKind Kind) Compare(string query, string candidate, bool joined = false) =>
        Compare(query, TokenTraits.Of(query), candidate, TokenTraits.Of(candidate), joined);

    /// <summary>The similarity of two words whose Korean readings are known.</summary>
    public static (float Similarity, MatchKind Kind) Compare(string query, TokenTraits queryTraits, string candidate, TokenTraits candidateTraits, bool joined)
    {
        if (string.Equals(query, candidate, StringComparison.Ordinal)) return (1f, MatchKind.Exact);
        // Arabic script against Latin letters: only the skeleton can tell (edit distance across scripts is meaningless).
        // Two known given names are one name or two: no typo allowance joins Mahmud to Muhammad or Hasan to Husayn.
        // Across scripts, the same name is still read through its skeleton (a transliteration, not a translation).
        if (TokenTraits.BothGivenNames(queryTraits, candidateTraits))
        {
            if (!TokenTraits.SameGivenName(queryTraits, candidateTraits)) return (0f, MatchKind.None);
            if (queryTraits.IsArabic == candidateTraits.IsArabic) return (GivenNameVariant, MatchKind.GivenName);
        }
        if (queryTraits.IsArabic != candidateTraits.IsArabic)
        {
            return AcrossScripts(queryTraits.IsArabic ? candidate : query, queryTraits.IsArabic ? queryTraits : candidateTraits);
        }
        if (KoreanSyllables.Equivalent(queryTraits.Splits, candidateTraits.Splits)) return (KoreanVariant, MatchKind.KoreanVariant);
        var length = Math.Max(query.Length, candidate.Length);
        // Joined words (wonho / won ho) already bend the spelling; on top of that, one typo at most.
        var allowed = joined ? Math.Min(1, AllowedEdits(length)) : AllowedEdits(length);
        if (allowed == 0 || Math.Abs(query.Length - candidate.Length) > allowed || HasDigit(query) || HasDigit(candidate)) return (0f, MatchKind.None);
        // Two words run together and mistyped do not make one Korean syllable: `cho ae` is not a slip for `choe`,
        // nor `cho il` for `chol` (a joined run meets a given name of two syllables, `won ho` / `wonho`).
        if (joined && (queryTraits.IsSingleSyllable || candidateTraits.IsSingleSyllable)) return (0f, MatchKind.None);
        var distance = EditDistance.Bounded(query, candidate, allowed);
        if (distance > allowed) return (0f, MatchKind.None);
        // Each edit costs its share of the word; a second or third edit in one word costs a further 0.1 each,
        // because two words two edits apart are more often two names than one name mistyped twice.
        var similarity = 1f - TypoCost * distance / length - ExtraEditCost * (distance - 1);
        if (queryTraits.IsSingleSyllable && candidateTraits.IsSingleSyllable)
        {
            similarity *= IsDroppedLetter(query, candidate) ? DroppedLetterPenalty : DistinctSyllablePenalty;
        }
        return (similarity, MatchKind.Typo);
    }

    /// <summary>A Latin word against an Arabic-script word: the same skeleton, or nothing. Symmetric by
    /// construction: the Arabic side is always the pattern.</summary>
    static (float Similarity, MatchKind Kind) AcrossScripts(string latin, TokenTraits arabic) =>
        ConsonantSkeleton.OfLatin(latin) is { } skeleton && ConsonantSkeleton.Meets(skeleton, arabic.ArabicSkeletons)
            ? (Transliterated, MatchKind.Transliterated)
            : (0f, MatchKind.None);

    /// <summary>One word is the other with one letter more, and both end in the same letter.</summary>
    static bool IsDroppedLetter(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) != 1 || a[^1] != b[^1]) return false;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    /// <summary>A word with a digit is a number (<c>586</c>, <c>7th</c>, <c>M-24</c>'s 24): numbers are significant, so
    /// <c>SEA PONY 1</c> is not <c>SEA PONY 2</c> and <c>7th of Tir</c> is not <c>8th of Tir</c>; no typo allowance.</summary>
    static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c)) return true;
        }
        return false;
    }
}
