using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Screening;

/// <summary>One way of reading a query: its words and joinable runs, found once per query whatever the number of
/// lists screened.</summary>
readonly record struct QueryReading(NameReading Reading, NormalizedName Name, TokenSpan[] Joinable)
{
    /// <summary>The query as written, then, when it holds Chinese characters, its Mandarin and Korean readings, and
    /// when it holds Cyrillic letters, its readings in the other romanisation conventions.</summary>
    public static QueryReading[] Of(string name)
    {
        var written = Read(NameReading.AsWritten, name);
        var han = HanReadings.Apply(written.Name);
        if (!han && !CyrillicReadings.Apply(name)) return [written];
        var readings = new List<QueryReading> { written };
        foreach (var (reading, text) in han ? HanReadings.Of(name) : CyrillicReadings.Of(name)) readings.Add(Read(reading, text));
        return [.. readings];
    }

    static QueryReading Read(NameReading reading, string text)
    {
        var normalized = NameNormalizer.Normalize(text);
        return new QueryReading(reading, normalized, NameIndexBuilder.JoinableSpans(normalized, null));
    }
}
