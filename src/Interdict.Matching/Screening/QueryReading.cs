using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Screening;

/// <summary>One way of reading a query: its words, joinable runs and structure, found once per query whatever the
/// number of lists screened.</summary>
readonly record struct QueryReading(NameReading Reading, NormalizedName Name, TokenSpan[] Joinable, NameStructure Structure)
{
    /// <summary>The reading of <paramref name="name"/>, its runs and structure found here.</summary>
    public QueryReading(NameReading reading, NormalizedName name)
        : this(reading, name, NameIndexBuilder.JoinableSpans(name, null), Scoring.PreparedQuery.QueryStructure(name))
    {
    }

    /// <summary>The query as written, then, when it holds Chinese characters, its Mandarin and Korean readings, when
    /// it holds Cyrillic letters, its readings in the other romanisation conventions, and when it holds Greek letters
    /// or kana, its reading in those letters (<see cref="NameReading.OwnLetters"/>).</summary>
    public static QueryReading[] Of(string name)
    {
        var written = Read(NameReading.AsWritten, name);
        var han = HanReadings.Apply(written.Name);
        var ownLetters = OtherScripts.ContainsOwnLetters(name);
        if (!han && !ownLetters && !CyrillicReadings.Apply(name)) return [written];
        var readings = new List<QueryReading> { written };
        foreach (var (reading, text) in han ? HanReadings.Of(name) : CyrillicReadings.Of(name)) readings.Add(Read(reading, text));
        if (ownLetters) readings.Add(Of(NameReading.OwnLetters, NameNormalizer.NormalizeKeepingOwnLetters(name)));
        return [.. readings];
    }

    static QueryReading Read(NameReading reading, string text) => Of(reading, NameNormalizer.Normalize(text));

    static QueryReading Of(NameReading reading, NormalizedName normalized) => new(reading, normalized);
}
