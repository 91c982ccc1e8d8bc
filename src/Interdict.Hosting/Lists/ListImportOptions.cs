namespace Interdict.Hosting.Lists;

/// <summary>What the person importing a list version says about it beyond its files.</summary>
/// <param name="Published">The date the publisher published it, for a format whose files carry none (OFAC's legacy
/// CSV; required for it); ignored for a format that states its own (the UN list's <c>dateGenerated</c>).</param>
/// <param name="AllowShrink">The operator confirmed, after seeing the diff, a version that shrinks the list in force by
/// more than <c>Interdict:Lists:MaxShrinkShare</c> (<c>--allow-shrink</c>, <c>allow_shrink=true</c>).</param>
public sealed record ListImportOptions(DateTimeOffset? Published = null, bool AllowShrink = false)
{
    /// <summary>No options: a format that dates itself.</summary>
    public static ListImportOptions None { get; } = new();

    /// <summary>Reads a publication date as an operator types it: <c>2021-06-01</c> (midnight UTC) or an ISO 8601
    /// instant with its offset.</summary>
    /// <param name="text">The text; null or blank for none.</param>
    /// <param name="published">The date, or null when none was given.</param>
    /// <param name="error">Why the text is not a date.</param>
    /// <returns>True when the text is empty or a date.</returns>
    public static bool TryParsePublished(string? text, out DateTimeOffset? published, out string? error)
    {
        published = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            published = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        if (trimmed.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(trimmed, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal, out var instant))
        {
            published = instant;
            return true;
        }
        error = $"'{trimmed}' is not a date: give YYYY-MM-DD or an ISO 8601 instant (2021-06-01T00:00:00Z)";
        return false;
    }
}
