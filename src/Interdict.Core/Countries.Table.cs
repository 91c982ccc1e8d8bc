using System.Collections.Frozen;
using System.Globalization;

namespace Interdict.Core;

public static partial class Countries
{
    /// <summary>Names the lists use that differ from the ICU English names (UN and OFAC spellings).</summary>
    static readonly (string Name, string Code)[] Aliases =
    [
        ("Democratic People's Republic of Korea", "KP"), ("Korea, North", "KP"), ("North Korea", "KP"), ("DPRK", "KP"),
        ("Korea (Democratic People's Republic of)", "KP"), ("Korea DPR", "KP"),
        ("Republic of Korea", "KR"), ("Korea, South", "KR"), ("South Korea", "KR"), ("ROK", "KR"),
        ("Iran (Islamic Republic of)", "IR"), ("Syrian Arab Republic", "SY"), ("Russian Federation", "RU"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("Great Britain", "GB"), ("UK", "GB"),
        ("United States of America", "US"), ("USA", "US"), ("Viet Nam", "VN"), ("Lao People's Democratic Republic", "LA"),
        ("United Republic of Tanzania", "TZ"), ("Bolivia (Plurinational State of)", "BO"),
        ("Venezuela (Bolivarian Republic of)", "VE"), ("Libyan Arab Jamahiriya", "LY"), ("Türkiye", "TR"), ("Turkey", "TR"),
        ("Democratic Republic of the Congo", "CD"), ("Congo, Democratic Republic of the", "CD"), ("DRC", "CD"),
        ("Republic of the Congo", "CG"), ("Cote d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("State of Palestine", "PS"),
        ("Palestinian", "PS"), ("West Bank", "PS"), ("Gaza", "PS"), ("Burma", "MM"), ("Myanmar", "MM"),
        ("Bosnia-Herzegovina", "BA"), ("Macedonia", "MK"), ("The Former Yugoslav Republic of Macedonia", "MK"),
        ("Moldova, Republic of", "MD"), ("Republic of Moldova", "MD"), ("Micronesia (Federated States of)", "FM"),
        ("China, People's Republic of", "CN"), ("People's Republic of China", "CN"), ("Hong Kong SAR", "HK"),
        ("Taiwan, Province of China", "TW"), ("Czech Republic", "CZ"), ("Swaziland", "SZ"), ("Cape Verde", "CV"),
        ("East Timor", "TL"), ("Holy See", "VA"), ("Brunei Darussalam", "BN"), ("Kyrgyz Republic", "KG"),
        ("Slovak Republic", "SK"), ("The Bahamas", "BS"), ("The Gambia", "GM"), ("Gambia", "GM"),
        ("Saint Kitts and Nevis", "KN"), ("Saint Vincent and the Grenadines", "VC"), ("Sao Tome and Principe", "ST"),
    ];

    static readonly FrozenSet<string> ByCode;
    static readonly FrozenDictionary<string, string> ByName;

    static Countries()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var a = 'A'; a <= 'Z'; a++)
        {
            for (var b = 'A'; b <= 'Z'; b++)
            {
                var code = string.Concat(a, b);
                RegionInfo region;
                try
                {
                    region = new RegionInfo(code);
                }
                catch (ArgumentException)
                {
                    continue;
                }
                // RegionInfo accepts some codes for macro-regions (e.g. "001"), never 2-letter ones that differ.
                if (!string.Equals(region.TwoLetterISORegionName, code, StringComparison.Ordinal)) continue;
                codes.Add(code);
                names.TryAdd(Key(region.EnglishName), code);
                names.TryAdd(Key(region.NativeName), code);
            }
        }
        // The lists' own spellings win over ICU's English names.
        foreach (var (name, code) in Aliases) names[Key(name)] = code;
        ByCode = codes.ToFrozenSet(StringComparer.Ordinal);
        ByName = names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
