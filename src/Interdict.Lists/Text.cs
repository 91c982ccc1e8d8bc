using System.Text;

namespace Interdict.Lists;

/// <summary>Whitespace clean-up shared by the importers.</summary>
static class Text
{
    /// <summary>Trims and collapses every run of whitespace (spaces, tabs, line breaks) to one space;
    /// null when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (value is null) return null;
        var span = value.AsSpan().Trim();
        if (span.IsEmpty) return null;
        return !NeedsCollapse(span) && span.Length == value.Length ? value : Clean(span);
    }

    /// <summary>As <see cref="Clean(string?)"/>, allocating only the result.</summary>
    public static string? Clean(ReadOnlySpan<char> value)
    {
        var span = value.Trim();
        if (span.IsEmpty) return null;
        if (!NeedsCollapse(span)) return span.ToString();
        var builder = new StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    static bool NeedsCollapse(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == ' ')
            {
                if (i + 1 < span.Length && char.IsWhiteSpace(span[i + 1])) return true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }
        return false;
    }
}
