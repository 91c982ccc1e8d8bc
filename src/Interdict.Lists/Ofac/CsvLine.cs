using System.Text;

namespace Interdict.Lists;

/// <summary>Splits one physical line of OFAC's legacy CSV into fields.</summary>
/// <remarks>OFAC's files put one record on one line: a quoted field never spans lines. A quote left open at the end of
/// the line is therefore an error of that row alone, and the rest of the file can still be read. Only non-empty values
/// are allocated: most columns of most rows are OFAC's empty marker <c>-0-</c>.</remarks>
static class CsvLine
{
    /// <summary>Splits <paramref name="line"/> into <paramref name="fields"/> (cleared first). Fields are trimmed and
    /// their whitespace collapsed; OFAC's empty marker <c>-0-</c> and empty fields become null.</summary>
    /// <returns>Null when the line is well formed; otherwise what is wrong, with <paramref name="errorColumn"/> the 1-based character position.</returns>
    public static string? Split(ReadOnlySpan<char> line, List<string?> fields, out int errorColumn)
    {
        fields.Clear();
        errorColumn = 0;
        var position = 0;
        while (true)
        {
            while (position < line.Length && line[position] == ' ') position++;
            if (position < line.Length && line[position] == '"')
            {
                var start = position + 1;
                StringBuilder? unescaped = null;
                var i = start;
                while (true)
                {
                    var quote = line[i..].IndexOf('"');
                    if (quote < 0)
                    {
                        errorColumn = position + 1;
                        return $"unterminated quoted field (the quote at character {position + 1} is never closed)";
                    }
                    quote += i;
                    if (quote + 1 < line.Length && line[quote + 1] == '"')
                    {
                        unescaped ??= new StringBuilder();
                        unescaped.Append(line[i..(quote + 1)]);
                        i = quote + 2;
                        continue;
                    }
                    if (unescaped is null)
                    {
                        fields.Add(Value(line[start..quote]));
                    }
                    else
                    {
                        unescaped.Append(line[i..quote]);
                        fields.Add(Value(unescaped.ToString()));
                    }
                    position = quote + 1;
                    break;
                }
                while (position < line.Length && line[position] == ' ') position++;
                if (position == line.Length) return null;
                if (line[position] != ',')
                {
                    errorColumn = position + 1;
                    return $"unexpected character '{line[position]}' after a closing quote at character {position + 1}";
                }
                position++;
                continue;
            }
            var comma = line[position..].IndexOf(',');
            var end = comma < 0 ? line.Length : position + comma;
            var raw = line[position..end];
            var stray = raw.IndexOf('"');
            if (stray >= 0)
            {
                errorColumn = position + stray + 1;
                return $"stray quote inside an unquoted field at character {errorColumn}";
            }
            fields.Add(Value(raw));
            if (comma < 0) return null;
            position = end + 1;
        }
    }

    static string? Value(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.IsEmpty || trimmed.SequenceEqual("-0-")) return null;
        return Text.Clean(trimmed);
    }
}
