namespace Interdict.Matching.Scoring;

/// <summary>Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded.</summary>
static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="limit"/> + 1
    /// as soon as it is known to exceed <paramref name="limit"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        // Cheap exits first: common prefix and suffix cost nothing, and a length gap is a lower bound.
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0) return Math.Min(b.Length, limit + 1);
        if (b.Length == 0) return Math.Min(a.Length, limit + 1);
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                if (value < rowMinimum) rowMinimum = value;
            }
            if (rowMinimum > limit) return limit + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], limit + 1);
    }
}
