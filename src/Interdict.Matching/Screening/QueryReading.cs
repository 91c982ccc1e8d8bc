using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Transliteration;

namespace Interdict.Matching.Screening;

/// <summary>One way of reading a query: its words and joinable runs, found once per query whatever the number of
/// lists screened.</summary>
readonly record struct QueryReading(NameReading Reading, NormalizedName Name, TokenSpan[] Joinable)
{
    /// <summary>The query as written, then, when it holds Chinese characters, its Mandarin and Korean readings.</summary>
    public static QueryReading[] Of(string name)
    {
        var written = Read(NameReading.AsWritten, name);
        if (!HanReadings.Apply(written.Name)) return [written];
        var readings = new List<QueryReading> { written };
        foreach (var (reading, text) in HanReadings.Of(name)) readings.Add(Read(reading, text));
        return [.. readings];
    }

    static QueryReading Read(NameReading reading, string text)
    {
        var normalized = NameNormalizer.Normalize(text);
        return new QueryReading(reading, normalized, NameIndexBuilder.JoinableSpans(normalized, null));
    }
}
