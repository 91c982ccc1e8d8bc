using Interdict.Matching.Normalization;

namespace Interdict.Matching.Index;

/// <summary>The parts of a name's structure the scorer reads besides its words: first letters, initials, the words a
/// query may lack at a reduced cost, the known given names. Computed once per indexed name and per query.</summary>
/// <param name="FirstLetters">The first letter of each word.</param>
/// <param name="Initials">Words (a bit mask) of a single letter.</param>
/// <param name="Excusable">Words (a bit mask) a query may lack at a reduced cost (a person's words other than single
/// Korean syllables).</param>
/// <param name="GivenNames">Words (a bit mask) that are known given names.</param>
/// <param name="Anchors">The words a query must meet for the other words to be excusable: a person's first and last
/// words, unless the last is a patronymic (<c>PUTIN Vladimir Vladimirovich</c>: <c>putin</c> alone).</param>
/// <param name="Numbers">Words (a bit mask) with a digit.</param>
readonly record struct NameStructure(char[] FirstLetters, ulong Initials, ulong Excusable, ulong GivenNames, ulong Anchors = 0, ulong Numbers = 0)
{
    public static NameStructure Of(NormalizedName name, bool person)
    {
        var count = Math.Min(name.Count, 64);
        var first = new char[name.Count];
        ulong initials = 0, excusable = 0, givenNames = 0, numbers = 0;
        for (var i = 0; i < name.Count; i++)
        {
            var token = name.Tokens[i];
            first[i] = token[0];
            if (i >= count) continue;
            var bit = 1UL << i;
            if (token.Length == 1 && char.IsAsciiLetter(token[0])) initials |= bit;
            if (token.Any(char.IsAsciiDigit)) numbers |= bit;
            if (NameTables.GivenNameClasses(token) is not null) givenNames |= bit;
            if (person && name.Kinds[i] is TokenKind.Word or TokenKind.Particle && token.Length > 1 && !TokenTraits.Of(token).IsSingleSyllable) excusable |= bit;
        }
        ulong anchors = 0;
        if (excusable != 0)
        {
            anchors = 1UL;
            var last = count - 1;
            if (last > 0 && !IsPatronymic(name.Tokens[last])) anchors |= 1UL << last;
        }
        return new NameStructure(first, initials, excusable, givenNames, anchors, numbers);
    }

    static readonly string[] PatronymicEndings = ["ovich", "evich", "ovna", "evna", "ich", "ogly", "oglu", "uly", "kyzy", "qizi", "gizi"];

    /// <summary>A Slavic or Turkic patronymic (<c>Vladimirovich</c>, <c>Ivanovna</c>, <c>Aliyevich</c>, <c>Mammad oglu</c>).</summary>
    static bool IsPatronymic(string word)
    {
        foreach (var ending in PatronymicEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
