namespace Interdict.Lists;

/// <summary>Splits one physical line of OFAC's legacy CSV into fields.</summary>
/// <remarks>OFAC's files put one record on one line: a quoted field never spans lines. A quote left open at the end of
/// the line is therefore an error of that row alone, and the rest of the file can still be read.</remarks>
static class CsvLine
{
    /// <summary>Splits <paramref name="line"/> into <paramref name="fields"/> (cleared first). Fields are trimmed;
    /// OFAC's empty marker <c>-0-</c> and empty fields become null.</summary>
    /// <returns>Null when the line is well formed; otherwise what is wrong, with <paramref name="errorColumn"/> the 1-based character position.</returns>
    public static string? Split(string line, List<string?> fields, out int errorColumn)
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
                var builder = (System.Text.StringBuilder?)null;
                var i = start;
                while (true)
                {
                    var quote = line.IndexOf('"', i);
                    if (quote < 0)
                    {
                        errorColumn = position + 1;
                        return $"unterminated quoted field (the quote at character {position + 1} is never closed)";
                    }
                    if (quote + 1 < line.Length && line[quote + 1] == '"')
                    {
                        builder ??= new System.Text.StringBuilder();
                        builder.Append(line, i, quote + 1 - i);
                        i = quote + 2;
                        continue;
                    }
                    string value;
                    if (builder is null)
                    {
                        value = line.Substring(start, quote - start);
                    }
                    else
                    {
                        builder.Append(line, i, quote - i);
                        value = builder.ToString();
                    }
                    fields.Add(Value(value));
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
            var comma = line.IndexOf(',', position);
            var end = comma < 0 ? line.Length : comma;
            var raw = line.AsSpan(position, end - position);
            if (raw.Contains('"'))
            {
                errorColumn = position + raw.IndexOf('"') + 1;
                return $"stray quote inside an unquoted field at character {errorColumn}";
            }
            fields.Add(Value(raw.ToString()));
            if (comma < 0) return null;
            position = comma + 1;
        }
    }

    static string? Value(string raw)
    {
        var value = Text.Clean(raw);
        return value is null or "-0-" ? null : value;
    }
}
