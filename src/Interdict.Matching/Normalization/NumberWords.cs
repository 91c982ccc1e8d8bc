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

    /// <summary>Month names in the languages lists and payments write dates in (English, French, Spanish,
    /// Portuguese, Italian, German, Dutch, and Russian and Ukrainian as romanised, in the genitive a date takes), as
    /// normalised words, to the English name. Written for Interdict from the languages' calendars.</summary>
    static readonly Dictionary<string, string> Months = MonthTable(
        ("january", "janvier enero janeiro gennaio januar jaenner janner januari yanvarya yanvar sichnya"),
        ("february", "fevrier febrero fevereiro febbraio februar februari fevralya fevral lyutogo"),
        ("march", "mars marzo marco maerz marz maart marta mart bereznya"),
        ("april", "avril abril aprile aprel aprelya kvitnya"),
        ("may", "mai mayo maio maggio mei maya travnya"),
        ("june", "juin junio junho giugno juni iyunya iyun chervnya"),
        ("july", "juillet julio julho luglio juli iyulya iyul lypnya"),
        ("august", "aout agosto augustus avgusta avgust serpnya"),
        ("september", "septembre septiembre setembro settembre sentyabrya sentyabr veresnya"),
        ("october", "octobre octubre outubro ottobre oktober oktyabrya oktyabr zhovtnya"),
        ("november", "novembre noviembre novembro noyabrya noyabr lystopada"),
        ("december", "decembre diciembre dezembro dicembre dezember dekabrya dekabr grudnya hrudnya"));

    /// <summary>Words that may stand between a day and its month (<c>23 de marzo</c>, <c>1st of May</c>, <c>23 du mars</c>).</summary>
    static readonly HashSet<string> DateLinks = new(StringComparer.Ordinal) { "of", "de", "du", "del", "di", "do", "da", "van" };

    static Dictionary<string, string> MonthTable(params (string English, string Others)[] months)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (english, others) in months)
        {
            table[english] = english;
            foreach (var other in others.Split(' ')) table[other] = english;
        }
        return table;
    }

    /// <summary>Rewrites number words in place, then a month written beside a day in another language as its English
    /// name: <c>Mouvement du 23 mars</c> meets <c>March 23 Movement</c>. Only beside a number: alone, <c>Mars</c>,
    /// <c>Julio</c> or <c>Mayo</c> is a name, and stays one.</summary>
    public static void Rewrite(List<string> words)
    {
        RewriteNumbers(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (Months.TryGetValue(words[i], out var english) && BesideADay(words, i)) words[i] = english;
        }
    }

    static bool BesideADay(List<string> words, int month)
    {
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var at = month + step;
            if (at >= 0 && at < words.Count && DateLinks.Contains(words[at])) at += step;
            if (at >= 0 && at < words.Count && words[at].Length > 0 && char.IsAsciiDigit(words[at][0])) return true;
        }
        return false;
    }

    static void RewriteNumbers(List<string> words)
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
