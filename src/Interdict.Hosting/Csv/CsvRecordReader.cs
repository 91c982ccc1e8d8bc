using System.Text;

namespace Interdict.Hosting.Csv;

/// <summary>Streams records from an RFC 4180 CSV file: quoted fields may hold commas, doubled quotes and line breaks.</summary>
/// <remarks>Each record carries the line it starts on, so a bad row can be reported by its line number.
/// A quote that is never closed is reported at the line where the record starts.</remarks>
/// <param name="reader">The text to read.</param>
public sealed class CsvRecordReader(TextReader reader)
{
    int _line;

    /// <summary>Reads the next record; null at the end of the input.</summary>
    public CsvRecord? Read()
    {
        var text = reader.ReadLine();
        _line++;
        while (text is not null && text.Length == 0)
        {
            text = reader.ReadLine();
            _line++;
        }
        if (text is null) return null;
        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var position = 0;
        while (true)
        {
            if (position < text.Length && text[position] == '"')
            {
                position++;
                while (true)
                {
                    if (position >= text.Length)
                    {
                        // A quoted field that runs over the line end continues on the next line, unless the file ends.
                        var next = reader.ReadLine();
                        if (next is null) return CsvRecord.Malformed(startLine, "a quoted field is never closed");
                        _line++;
                        field.Append('\n');
                        text = next;
                        position = 0;
                        continue;
                    }
                    var c = text[position++];
                    if (c != '"')
                    {
                        field.Append(c);
                        continue;
                    }
                    if (position < text.Length && text[position] == '"')
                    {
                        field.Append('"');
                        position++;
                        continue;
                    }
                    break;
                }
                if (position < text.Length && text[position] != ',')
                {
                    return CsvRecord.Malformed(startLine, $"unexpected '{text[position]}' after a closing quote");
                }
            }
            else
            {
                var comma = text.IndexOf(',', position);
                var end = comma < 0 ? text.Length : comma;
                field.Append(text, position, end - position);
                position = end;
            }
            fields.Add(field.ToString());
            field.Clear();
            if (position >= text.Length) break;
            position++; // the comma
            if (position == text.Length)
            {
                fields.Add("");
                break;
            }
        }
        return new CsvRecord(startLine, [.. fields], null);
    }
}
