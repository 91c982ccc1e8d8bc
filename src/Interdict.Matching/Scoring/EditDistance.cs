namespace Interdict.Matching.Scoring;

/// <summary>Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of adjacent
/// letters, which later edits may touch), bounded.</summary>
/// <remarks>The unrestricted form, not optimal string alignment: a mistyped name often has a transposition next to
/// another slip (<c>Ezatullah</c> written <c>Ezuallah</c>: <c>t</c> dropped, <c>au</c> swapped), which is two edits
/// here but three for optimal string alignment, since that variant edits no substring twice.</remarks>
static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="limit"/> + 1
    /// when it exceeds <paramref name="limit"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        // Cheap exits first: a common prefix and suffix cost nothing, and a length gap is a lower bound.
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0) return Math.Min(b.Length, limit + 1);
        if (b.Length == 0) return Math.Min(a.Length, limit + 1);
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        return Math.Min(Unrestricted(a, b), limit + 1);
    }

    /// <summary>The Lowrance–Wagner recurrence: a transposition of letters last seen at row <c>k</c> and column
    /// <c>l</c> costs the letters between them as insertions and deletions. The words are short (names), so the last
    /// row of each letter of <paramref name="a"/> is found by a linear search instead of an alphabet-wide table.</summary>
    static int Unrestricted(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int rows = a.Length + 2, width = b.Length + 2;
        var infinity = a.Length + b.Length;
        Span<int> d = rows * width <= 512 ? stackalloc int[rows * width] : new int[rows * width];
        Span<char> seen = a.Length <= 64 ? stackalloc char[a.Length] : new char[a.Length];
        Span<int> lastRow = a.Length <= 64 ? stackalloc int[a.Length] : new int[a.Length];
        var seenCount = 0;
        d[0] = infinity;
        for (var i = 0; i <= a.Length; i++) (d[(i + 1) * width], d[(i + 1) * width + 1]) = (infinity, i);
        for (var j = 0; j <= b.Length; j++) (d[j + 1], d[width + j + 1]) = (infinity, j);
        for (var i = 1; i <= a.Length; i++)
        {
            var lastColumn = 0; // the last column of this row where a[i-1] matched
            for (var j = 1; j <= b.Length; j++)
            {
                var k = 0; // the last row where b[j-1] occurred in a, before row i
                for (var s = 0; s < seenCount; s++)
                {
                    if (seen[s] == b[j - 1]) { k = lastRow[s]; break; }
                }
                var l = lastColumn;
                var cost = 1;
                if (a[i - 1] == b[j - 1]) (cost, lastColumn) = (0, j);
                var value = Math.Min(
                    Math.Min(d[i * width + j] + cost, d[(i + 1) * width + j] + 1),
                    d[i * width + j + 1] + 1);
                value = Math.Min(value, d[k * width + l] + (i - k - 1) + 1 + (j - l - 1));
                d[(i + 1) * width + j + 1] = value;
            }
            Remember(seen, lastRow, ref seenCount, a[i - 1], i);
        }
        return d[(a.Length + 1) * width + b.Length + 1];
    }

    static void Remember(Span<char> seen, Span<int> lastRow, ref int count, char letter, int row)
    {
        for (var s = 0; s < count; s++)
        {
            if (seen[s] == letter) { lastRow[s] = row; return; }
        }
        (seen[count], lastRow[count]) = (letter, row);
        count++;
    }
}
