using System.Collections.Frozen;
using System.Text;

namespace Interdict.Matching.Transliteration;

/// <summary>One published way of writing Cyrillic names in Latin letters: the spelling a German, French, Polish,
/// Czech or Latvian text, a passport or a library catalogue gives one Russian name (<c>Чатаев</c>: <c>Tschatajew</c>,
/// <c>Czatajew</c>, <c>Čatajev</c>, <c>Čatajevs</c>, <c>Chataev</c>).</summary>
/// <remarks>
/// <para>Each convention is a letter table written as <c>я=ia|ja</c>: the first form after a consonant, the second
/// at a word's start and after a vowel or a soft or hard sign (where the letter is iotated: <c>Гучаев</c> is
/// <c>Guchayev</c> in BGN/PCGN, <c>Gutschajew</c> in German). A few rules no table can hold are flags: German and
/// French double an <c>s</c> between vowels and write кс as <c>x</c>; Latvian adds the masculine <c>-s</c> to a name
/// ending in a consonant (<c>Ahmeds</c>); Polish writes л as <c>ł</c> except before a soft vowel.</para>
/// <para>The tables follow the conventions as their references give them (Wikipedia's "Romanization of Russian"
/// compares them): BGN/PCGN (1947), ICAO Doc 9303 (passports since 2013), German (Duden), French (the usage of the
/// French press and administration), Polish (PWN), Czech, scientific (scholarly), ISO 9:1995, Latvian (LR MK
/// 2004), and Ukrainian's national system (KMU 2010). Letters a table does not name are read as BGN/PCGN reads
/// them.</para>
/// </remarks>
sealed class CyrillicConvention
{
    [Flags]
    public enum Rules
    {
        None = 0,
        /// <summary>с between vowels is <c>ss</c> (German, French: one s there would be read z).</summary>
        DoubleSBetweenVowels = 1,
        /// <summary>кс is <c>x</c> (German, French, and English texts outside BGN/PCGN: <c>Alexander</c>).</summary>
        KsAsX = 2,
        /// <summary>A word ending in a consonant takes the masculine <c>-s</c> (Latvian).</summary>
        MasculineS = 4,
        /// <summary>л is <c>ł</c> except before е ё и ю я ь (Polish).</summary>
        PolishL = 8,
        /// <summary>е after a vowel other than и is <c>ïe</c>, after и plain (French: <c>Goutchaïev</c>, <c>Gaziev</c>).</summary>
        FrenchE = 16,
        /// <summary>дж is <c>dj</c> (French).</summary>
        DjForDzh = 32,
        /// <summary>и and й after a vowel are <c>ï</c>, <c>i</c> elsewhere (French: <c>Ismaïlovitch</c>).</summary>
        FrenchDiaeresis = 64,
        /// <summary>A final й after и or ы is not written (German, French: <c>Jewgeni</c>, <c>Iouri</c>).</summary>
        DropFinalIy = 128,
        /// <summary>дж is <c>j</c> (English texts outside BGN/PCGN, for the Central Asian, Caucasian and Arabic names
        /// Russian writes with it: <c>Джамшед</c> Jamshed, <c>Джан</c> Jan; the normaliser's own reading keeps
        /// BGN/PCGN's <c>dzh</c>).</summary>
        JForDzh = 256,
    }

    /// <summary>BGN/PCGN for the letters a convention does not name.</summary>
    const string Base =
        "а=a б=b в=v г=g д=d е=e|ye ё=ë|yë ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts " +
        "ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya і=i ї=yi є=ye ґ=g ў=w";

    readonly FrozenDictionary<char, (string AfterConsonant, string Iotated)> _letters;
    readonly Rules _rules;

    CyrillicConvention(NameReading reading, string table, Rules rules = Rules.None)
    {
        Reading = reading;
        _rules = rules;
        var letters = new Dictionary<char, (string, string)>();
        foreach (var source in new[] { Base, table })
        {
            foreach (var entry in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var forms = entry[2..].Split('|');
                letters[entry[0]] = (forms[0], forms.Length > 1 ? forms[1] : forms[0]);
            }
        }
        _letters = letters.ToFrozenDictionary();
    }

    /// <summary>How a name read in this convention is described.</summary>
    public NameReading Reading { get; }

    /// <summary>The conventions a Russian name is read in, besides the romanisation the normaliser gives it.</summary>
    public static readonly CyrillicConvention[] Russian =
    [
        new(NameReading.CyrillicEnglish, "", Rules.KsAsX | Rules.JForDzh),
        new(NameReading.CyrillicIcao, "е=e ё=e й=i ъ=ie ю=iu я=ia ї=i є=ie"),
        new(NameReading.CyrillicGerman, "в=w е=e|je ё=jo ж=sch з=s й=i х=ch ц=z ч=tsch ш=sch щ=schtsch ю=ju я=ja ї=ji є=je",
            Rules.DoubleSBetweenVowels | Rules.KsAsX | Rules.DropFinalIy),
        new(NameReading.CyrillicFrench, "г=g е=e ё=io ж=j и=i й=i у=ou х=kh ц=ts ч=tch ш=ch щ=chtch ю=iou я=ia ї=ï є=ie",
            Rules.DoubleSBetweenVowels | Rules.KsAsX | Rules.FrenchE | Rules.DjForDzh | Rules.FrenchDiaeresis | Rules.DropFinalIy),
        new(NameReading.CyrillicPolish, "в=w е=ie|je ё=io|jo ж=ż й=j л=ł х=ch ц=c ч=cz ш=sz щ=szcz ю=iu|ju я=ia|ja ї=ji є=je ў=ł",
            Rules.PolishL),
        new(NameReading.CyrillicCzech, "е=e|je ё=ë|jo ж=ž й=j х=ch ц=c ч=č ш=š щ=šč ю=ju я=ja ї=ji є=je ў=ŭ"),
        new(NameReading.CyrillicScientific, "е=e ё=ë ж=ž й=j х=x ц=c ч=č ш=š щ=šč ъ=ʺ ь=ʹ э=è ю=ju я=ja ї=ji є=je ў=ŭ"),
        new(NameReading.CyrillicIso9, "е=e ё=ë ж=ž й=j х=h ц=c ч=č ш=š щ=ŝ ъ=ʺ ь=ʹ э=è ю=û я=â ї=ï є=ê ў=ǔ"),
        new(NameReading.CyrillicLatvian, "е=e|je ё=jo ж=ž й=j х=h ц=c ч=č ш=š щ=šč ы=i ю=ju я=ja ї=ji є=je", Rules.MasculineS),
    ];

    /// <summary>Ukrainian's national romanisation (KMU 2010), for names written with Ukrainian letters: г is
    /// <c>h</c>, и <c>y</c>, і <c>i</c> (<c>Янукович</c>: <c>Yanukovych</c>).</summary>
    public static readonly CyrillicConvention Ukrainian =
        new(NameReading.CyrillicUkrainian, "г=h е=e и=y й=i|y ю=iu|yu я=ia|ya ї=i|yi є=ie|ye");

    /// <summary>The Latin spelling of every Cyrillic letter of <paramref name="text"/> in this convention; other
    /// characters are kept.</summary>
    public string Romanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (!_letters.TryGetValue(c, out var forms))
            {
                output.Append(text[i]);
                continue;
            }
            var previous = i > 0 ? char.ToLowerInvariant(text[i - 1]) : ' ';
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : ' ';
            var iotated = !_letters.ContainsKey(previous) || IsVowel(previous) || previous is 'ъ' or 'ь';
            var latin = iotated ? forms.Iotated : forms.AfterConsonant;
            switch (c)
            {
                case 'с' when (_rules & Rules.DoubleSBetweenVowels) != 0 && IsVowel(previous) && IsVowel(next):
                    latin = "ss";
                    break;
                case 'к' when (_rules & Rules.KsAsX) != 0 && next == 'с':
                    latin = "x";
                    i++;
                    next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : ' ';
                    break;
                case 'д' when (_rules & (Rules.DjForDzh | Rules.JForDzh)) != 0 && next == 'ж':
                    latin = (_rules & Rules.JForDzh) != 0 ? "j" : "dj";
                    i++;
                    next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : ' ';
                    break;
                case 'л' when (_rules & Rules.PolishL) != 0 && next is 'е' or 'ё' or 'и' or 'ю' or 'я' or 'ь' or 'і' or 'є' or 'ї':
                    latin = "l";
                    break;
                case 'е' when (_rules & Rules.FrenchE) != 0 && IsVowel(previous):
                    latin = previous is 'и' or 'й' or 'і' ? "e" : "ïe";
                    break;
                case 'й' when (_rules & Rules.DropFinalIy) != 0 && previous is 'и' or 'ы' && !_letters.ContainsKey(next):
                    latin = "";
                    break;
                case 'и' or 'й' when (_rules & Rules.FrenchDiaeresis) != 0 && IsVowel(previous):
                    latin = "ï";
                    break;
                case 'е' when (_rules & Rules.PolishL) != 0 && previous is 'ж' or 'ш' or 'ч' or 'щ' or 'ц':
                    latin = "e"; // Polish writes no i after cz, sz, ż, c: Wiaczesław
                    break;
                case 'ю' or 'я' or 'е' or 'ё' when (_rules & Rules.PolishL) != 0 && previous == 'л':
                    latin = latin[^1..]; // after the soft l Polish writes the bare vowel: Ля is La
                    break;
            }
            output.Append(latin);
            if ((_rules & Rules.MasculineS) != 0 && !_letters.ContainsKey(next) && !IsVowel(c) && c != 'ъ') output.Append('s');
        }
        return output.ToString();
    }

    static bool IsVowel(char c) => c is 'а' or 'е' or 'ё' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я' or 'і' or 'ї' or 'є';
}
