namespace Interdict.Matching.Normalization;

/// <summary>Arabic names built on ʿAbd ("servant of") are written many ways: <c>Abd al-Rahman</c>, <c>Abdul Rahman</c>,
/// <c>Abdel Rahman</c>, <c>Abdurrahman</c>, <c>Abdulrahman</c>, <c>Abd ar-Rehman</c>, Somali <c>Cabdiraxmaan</c>. They
/// are all read as <c>abd</c> and the name without its article (<c>abd rahman</c>), which also meets the Arabic script
/// (عبد الرحمن, whose عبد the normaliser splits off).</summary>
/// <remarks><c>Abdullah</c> (ʿAbd Allāh) and its forms stay one word: a given name of its own, in the given-name table.
/// A joined form is split only when what follows the prefix is a name of four letters or more and not a Russian or
/// Central Asian surname ending (<c>Abdurakhmanov</c> stays whole).</remarks>
static class AbdCompounds
{
    /// <summary>How every form of ʿAbd is read.</summary>
    public const string Abd = "abd";

    /// <summary>Words that are ʿAbd with its article, written apart from the name.</summary>
    static readonly HashSet<string> Standalone = new(StringComparer.Ordinal)
    {
        "abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "abdoel", "abdur", "abdar", "abdor",
        "abdus", "abdas", "abdes", "abdush", "abdun", "abdan", "cabd", "cabdul",
    };

    /// <summary>Articles that may follow a standalone ʿAbd (<c>Abd al-</c>, <c>Abd ar-</c>, <c>Abd el-</c>).</summary>
    static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "il", "ar", "ur", "er", "as", "us", "es", "ash", "ush", "ad", "ud", "an", "un", "az", "uz", "at", "ut", "ath",
    };

    /// <summary>Prefixes of joined forms, longest first.</summary>
    static readonly string[] JoinedPrefixes =
    [
        "abdoul", "abdush", "cabdul", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoel", "abdur", "abdar", "abdor",
        "abdus", "abdas", "abdes", "abdun", "abdan", "cabdi", "abdi", "cabd",
    ];

    static readonly string[] AllahForms = ["allah", "ullah", "illah", "ulla", "alla", "ullahi", "allahi", "ullaah", "ullaahi", "illahi", "ila", "ulloh", "ollah", "ellah"];

    static readonly string[] SurnameEndings = ["ov", "ev", "ova", "eva", "ovich", "evich", "ovna", "evna", "iy", "in", "ly"];

    /// <summary>True for ʿAbd written apart from its name, with or without its article (<c>abdul</c>, <c>abd</c>).</summary>
    public static bool IsStandalone(string word) => Standalone.Contains(word);

    /// <summary>True for an article that may follow a standalone ʿAbd (<c>al</c>, <c>ar</c>, <c>el</c>).</summary>
    public static bool IsArticle(string word) => Articles.Contains(word);

    /// <summary>Rewrites the ʿAbd compounds of a name's words in place: <c>abdul rahman</c>, <c>abd al rahman</c> and
    /// <c>abdulrahman</c> become <c>abd rahman</c>.</summary>
    public static void Rewrite(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (IsStandalone(word) && i + 1 < words.Count)
            {
                words[i] = Abd;
                if (IsArticle(words[i + 1]) && i + 2 < words.Count) words.RemoveAt(i + 1);
                continue;
            }
            if (word.Length < 7 || !word.StartsWith("abd", StringComparison.Ordinal) && !word.StartsWith("cabd", StringComparison.Ordinal)) continue;
            foreach (var prefix in JoinedPrefixes)
            {
                if (!word.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var rest = word[prefix.Length..];
                if (rest.Length < 4 || IsAllah(word[(prefix.Length - (prefix.EndsWith('i') ? 1 : 2))..]) || HasSurnameEnding(word)) break;
                // A doubled consonant is the article's assimilated l (abdur-rahman, abdus-salam): keep one.
                if (rest.Length > 4 && rest[0] == rest[1]) rest = rest[1..];
                words[i] = Abd;
                words.Insert(i + 1, rest);
                i++;
                break;
            }
        }
    }

    /// <summary>ʿAbd with its article as Greek and katakana write it at the start of a word (<c>ΑΜΠΝΤΕΛΜΑΛΕΚ</c>,
    /// <c>アブデルマレク</c>: Abdelmalek), Greek in lower case as the normaliser keeps it.</summary>
    static readonly string[] OwnLetterPrefixes = ["αμπντουλ", "αμπντελ", "αμπνταλ", "αμπντολ", "αμπντουρ", "アブドゥル", "アブデル", "アブドル", "アブダル"];

    /// <summary>For a word kept in Greek letters or kana (a query read in its own letters), the length of the ʿAbd
    /// prefix it starts with (ʿAbd and its article), when the rest is a name of two consonants or more (so that
    /// Abdullah, <c>ΑΜΠΝΤΟΥΛΑΧ</c>, stays whole as it does in Latin letters); 0 when none. The word is then read as
    /// <c>abd</c> and its rest, as <see cref="Rewrite"/> reads <c>Abdelmalek</c>.</summary>
    public static int OwnLettersPrefix(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var prefix in OwnLetterPrefixes)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = word[prefix.Length..];
            var skeletons = Transliteration.ConsonantSkeleton.IsGreekWord(rest) ? Transliteration.ConsonantSkeleton.OfGreek(rest) : Transliteration.ConsonantSkeleton.OfKana(rest);
            return skeletons.Length > 0 && skeletons[0].ConsonantCount >= 2 ? prefix.Length : 0;
        }
        return 0;
    }

    static bool IsAllah(string tail)
    {
        foreach (var form in AllahForms)
        {
            if (tail.StartsWith(form, StringComparison.Ordinal) || tail.Length >= 3 && form.StartsWith(tail, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    static bool HasSurnameEnding(string word)
    {
        foreach (var ending in SurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
