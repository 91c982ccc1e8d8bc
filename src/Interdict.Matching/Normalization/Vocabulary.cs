using System.Collections.Frozen;

namespace Interdict.Matching.Normalization;

/// <summary>Word lists of the normaliser: abbreviations written out, and the kinds of low-evidence words.</summary>
/// <remarks>Abbreviations are expanded before classification so that <c>CO., LTD.</c> and
/// <c>COMPANY LIMITED</c> become the same words, and <c>TRDG</c> meets <c>TRADING</c>.</remarks>
static class Vocabulary
{
    public static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["co"] = "company", ["cos"] = "companies", ["corp"] = "corporation", ["inc"] = "incorporated",
        ["ltd"] = "limited", ["intl"] = "international", ["int"] = "international",
        ["trdg"] = "trading", ["trd"] = "trading", ["tradg"] = "trading", ["shpg"] = "shipping", ["shp"] = "shipping",
        ["gen"] = "general", ["genl"] = "general", ["mfg"] = "manufacturing", ["dept"] = "department",
        ["natl"] = "national", ["assn"] = "association", ["assoc"] = "association", ["bros"] = "brothers",
        ["ind"] = "industrial", ["inds"] = "industries", ["mgmt"] = "management", ["svcs"] = "services",
        ["dev"] = "development", ["devt"] = "development", ["univ"] = "university", ["inst"] = "institute",
        ["tech"] = "technology",
        ["jsc"] = "jsc", ["ojsc"] = "jsc", ["cjsc"] = "jsc", ["pjsc"] = "jsc", ["oao"] = "jsc", ["zao"] = "jsc",
        ["ooo"] = "llc", ["sarl"] = "sarl", ["srl"] = "sarl", ["pvt"] = "private", ["pte"] = "private",
        ["mr"] = "mr", ["mrs"] = "mrs",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> LegalForms = new[]
    {
        "company", "companies", "corporation", "incorporated", "limited", "llc", "llp", "lp", "plc", "jsc", "gmbh", "ag",
        "sa", "sarl", "spa", "bv", "nv", "ab", "as", "oy", "kg", "kk", "private", "public", "pty", "holding", "holdings",
        "establishment", "est", "fze", "fzco", "fzc", "dmcc",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> StopWords = new[]
    {
        "of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "des", "du", "la", "le", "les", "et", "y",
        "del", "di", "e", "fi", "wa", "aka", "fka", "nka", "alias", "also", "known", "number", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Particles = new[]
    {
        "al", "el", "bin", "ibn", "ben", "bint", "abu", "abou", "abo", "ould", "uld", "van", "von", "der", "den",
        "da", "dos", "das", "ter", "ul", "ud", "ur", "ad", "as", "ash", "at", "az",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "haji", "hajji", "hadji", "haj", "hajj", "alhaj",
        "alhaji", "mullah", "mulla", "mullo", "maulavi", "maulvi", "mawlawi", "mawlavi", "molvi", "moulavi", "maulana",
        "sheikh", "shaikh", "shaykh", "sheik", "shaykhs", "qari", "qazi", "hafiz", "imam",
        "general", "colonel", "col", "major", "maj", "captain", "capt", "commander", "cmdr", "lieutenant", "lt",
        "brigadier", "admiral", "marshal", "sergeant", "sgt", "rev", "reverend", "father", "ustadz", "ustad", "ustaz",
        "doctor", "engineer", "eng",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The kind of every listed low-evidence word, so that classifying a word is one look-up. A word on
    /// several lists takes the first kind of: legal form, title, stop word, particle (<c>as</c> is a legal form).</summary>
    public static readonly FrozenDictionary<string, TokenKind> Kinds = BuildKinds();

    static FrozenDictionary<string, TokenKind> BuildKinds()
    {
        var kinds = new Dictionary<string, TokenKind>(StringComparer.Ordinal);
        foreach (var (words, kind) in new[] { (LegalForms, TokenKind.LegalForm), (Titles, TokenKind.Title), (StopWords, TokenKind.Stop), (Particles, TokenKind.Particle) })
        {
            foreach (var word in words) kinds.TryAdd(word, kind);
        }
        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
