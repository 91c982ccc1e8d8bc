namespace Interdict.Matching.Korean;

/// <summary>The Hangul syllables Korean names are written with (data/names/korean-name-syllables.txt), as the jamo
/// sets a <see cref="RomanSyllable"/> stands for: two spellings are one Korean name syllable only when a syllable of
/// this table can be written both ways.</summary>
/// <remarks>Any Latin word can be forced into Hangul shapes: <c>Lui</c> as 릐, <c>Ming</c> as 밍, <c>Gorge</c> as 골게.
/// Read so, <c>Li</c> and <c>Lui</c> met as one syllable and gave <c>Li Ming</c> a 0.84 hit on the alias
/// <c>Lui Wai Ming</c>. Names use a few hundred syllables, and 릐 and 늬 are none of them.</remarks>
static class NameSyllables
{
    const int Medials = 21, Finals = 8;
    const string Resource = "names/korean-name-syllables.txt";

    /// <summary>By initial (19), medial (21) and pronounced final (8 bits of <see cref="Jamo"/>'s final masks).</summary>
    static readonly Lazy<bool[]> s_table = new(Load);

    /// <summary>True when some syllable of the table has an initial, medial and final of <paramref name="syllable"/>'s sets.</summary>
    public static bool Holds(RomanSyllable syllable)
    {
        var table = s_table.Value;
        for (var i = 0; i < 19; i++)
        {
            if ((syllable.Initials & (1u << i)) == 0) continue;
            for (var m = 0; m < Medials; m++)
            {
                if ((syllable.Medials & (1u << m)) == 0) continue;
                for (var f = 0; f < Finals; f++)
                {
                    if ((syllable.Finals & (1 << f)) != 0 && table[((i * Medials) + m) * Finals + f]) return true;
                }
            }
        }
        return false;
    }

    static bool[] Load()
    {
        var table = new bool[19 * Medials * Finals];
        foreach (var (line, number) in Normalization.NameTables.Lines(Resource))
        {
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (c is < '\uAC00' or > '\uD7A3') throw new InvalidDataException($"{Resource}:{number}: '{c}' is not a Hangul syllable");
                var index = c - 0xAC00;
                table[((index / 588 * Medials) + index % 588 / 28) * Finals + PronouncedFinal(index % 28)] = true;
            }
        }
        return table;
    }

    /// <summary>The bit (of <see cref="Jamo.FinalNone"/> … <see cref="Jamo.FinalNg"/>) of the final as pronounced:
    /// Hangul's 27 written finals are said as seven consonants.</summary>
    static int PronouncedFinal(int final) => final switch
    {
        0 => 0,                                  // none
        1 or 2 or 3 or 9 or 24 => 1,             // ㄱ ㄲ ㄳ ㄺ ㅋ: k
        4 or 5 or 6 => 2,                        // ㄴ ㄵ ㄶ: n
        7 or 19 or 20 or 22 or 23 or 25 or 27 => 3, // ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ: t
        8 or 11 or 12 or 13 or 15 => 4,          // ㄹ ㄼ ㄽ ㄾ ㅀ: l
        16 or 10 => 5,                           // ㅁ ㄻ: m
        17 or 18 or 14 or 26 => 6,               // ㅂ ㅄ ㄿ ㅍ: p
        _ => 7,                                  // ㅇ: ng
    };
}
