namespace Interdict.Lists;

/// <summary>English month names and their abbreviations ("Sep", "Sept.", "September") as the lists write them.</summary>
static class MonthNames
{
    static readonly string[] Names =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>The month 1..12 of a word such as <c>Oct</c>, <c>Oct.</c>, <c>Sept</c> or <c>October</c> (any case); 0 when it is none.</summary>
    public static int Parse(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3) return 0;
        for (var i = 0; i < Names.Length; i++)
        {
            var name = Names[i].AsSpan();
            if (word.Length <= name.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return 0;
    }
}
