namespace Interdict.Matching.Normalization;

/// <summary>Numbers written as words become digits, so that <c>Office Thirty-Nine</c> meets <c>OFFICE 39</c> and
/// <c>First International Bank</c> meets <c>1st International Bank</c>: cardinals from one to ninety-nine (<c>forty
/// four</c> → <c>44</c>) and ordinals from first to ninety-ninth (<c>seventh</c> → <c>7th</c>), in English.</summary>
/// <remarks>Numbers are significant words (no typo joins two of them), so a ship or unit number written either way
/// still tells <c>SEA PONY 1</c> from <c>SEA PONY 2</c>.</remarks>
static class NumberWords
{
    static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    };

    /// <summary>Rewrites number words in place.</summary>
    public static void Rewrite(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Tens.TryGetValue(word, out var tens) && i + 1 < words.Count)
            {
                var next = words[i + 1];
                if (Units.TryGetValue(next, out var unit) && unit < 10)
                {
                    words[i] = (tens + unit).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    words.RemoveAt(i + 1);
                    continue;
                }
                if (Ordinals.TryGetValue(next, out var ordinal) && ordinal < 10)
                {
                    words[i] = Ordinal(tens + ordinal);
                    words.RemoveAt(i + 1);
                    continue;
                }
            }
            if (Units.TryGetValue(word, out var value) || Tens.TryGetValue(word, out value))
            {
                words[i] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (Ordinals.TryGetValue(word, out value))
            {
                words[i] = Ordinal(value);
            }
        }
    }

    static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }
}
