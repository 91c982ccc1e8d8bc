namespace Interdict.Payments.Screening;

/// <summary>Words in an address or free text that place a party in the DPRK: the country's names and its main
/// towns and ports, upper case, as whole words.</summary>
/// <remarks>Whole words only, so that South Korean towns that look alike (Pyeongtaek, Pyeongchang) and the bare word
/// KOREA do not count.</remarks>
static class DprkPlaces
{
    static readonly string[][] Phrases =
    [
        ["DPRK"], ["D.P.R.K."], ["NORTH", "KOREA"], ["DEMOCRATIC", "PEOPLE'S", "REPUBLIC", "OF", "KOREA"], ["DEMOCRATIC", "PEOPLES", "REPUBLIC", "OF", "KOREA"],
        ["PYONGYANG"], ["P'YONGYANG"], ["PHYONGYANG"], ["NAMPO"], ["NAMPHO"], ["RASON"], ["RAJIN"], ["NAJIN"], ["SONBONG"],
        ["SINUIJU"], ["CHONGJIN"], ["HAMHUNG"], ["WONSAN"], ["KAESONG"], ["HAEJU"], ["HYESAN"], ["KIMCHAEK"], ["SONGNIM"],
        ["SARIWON"], ["TANCHON"], ["KANGGYE"], ["MANPO"], ["HUNGNAM"], ["SINPO"],
    ];

    /// <summary>The first DPRK place named in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        var words = text.ToUpperInvariant().Split([' ', ',', '/', '-', '(', ')', ';', ':', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var phrase in Phrases)
            {
                if (i + phrase.Length > words.Length) continue;
                var all = true;
                for (var j = 0; j < phrase.Length && all; j++) all = words[i + j].TrimEnd('.') == phrase[j].TrimEnd('.');
                if (all) return string.Join(' ', phrase);
            }
        }
        return null;
    }
}
