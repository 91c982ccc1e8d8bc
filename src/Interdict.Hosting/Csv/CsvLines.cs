using System.Globalization;

namespace Interdict.Hosting.Csv;

/// <summary>Cuts a text into physical lines, each at most <see cref="CsvRecordReader.MaxRowChars"/> long, and judges
/// each one before any CSV parser sees it.</summary>
/// <remarks>Hand-written on purpose, beneath the library: a CSV parser lets a quoted field run across line breaks, so
/// one stray quote makes it swallow every row after it (and hold them all in memory). The inputs read here (ids,
/// names, dates, codes) never hold a line break, so a record is one line: a line whose quotes do not pair up is one
/// bad row, and the next line starts afresh. A line that is too long is skipped without being kept in memory.
/// Line ends are <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c>, as the parser reads them.</remarks>
sealed class CsvLines(TextReader reader)
{
    readonly char[] _block = new char[1 << 16];
    readonly char[] _line = new char[CsvRecordReader.MaxRowChars];
    int _blockStart, _blockEnd;
    bool _endOfText;
    int _lineNumber;

    /// <summary>The number of the last line read, 1-based.</summary>
    public int LineNumber => _lineNumber;

    /// <summary>Reads the next line that is not blank.</summary>
    /// <returns>Null at the end; otherwise the line's number and its text, or why the line cannot be a record.</returns>
    public (int Line, string? Text, string? Error)? Next()
    {
        while (ReadLine(out var length, out var tooLong))
        {
            var line = _line.AsSpan(0, length);
            if (tooLong)
            {
                return (_lineNumber, null, string.Create(CultureInfo.InvariantCulture,
                    $"the row is longer than {CsvRecordReader.MaxRowChars:N0} characters"));
            }
            if (line.IsWhiteSpace()) continue;
            if (line.Contains('\0')) return (_lineNumber, null, "the row holds a NUL character");
            if (line.Contains('\uFFFD')) return (_lineNumber, null, "the row is not valid UTF-8 (the file must be UTF-8)");
            if (line.Count('"') % 2 != 0)
            {
                return (_lineNumber, null, "a quote on this line is never closed (a field cannot run across lines)");
            }
            return (_lineNumber, line.ToString(), null);
        }
        return null;
    }

    /// <summary>Reads one physical line into <see cref="_line"/>; past its capacity the rest is read and dropped.</summary>
    bool ReadLine(out int length, out bool tooLong)
    {
        length = 0;
        tooLong = false;
        var any = false;
        while (true)
        {
            if (_blockStart == _blockEnd)
            {
                if (_endOfText || !Fill())
                {
                    if (any) _lineNumber++;
                    return any;
                }
            }
            any = true;
            var available = _block.AsSpan(_blockStart, _blockEnd - _blockStart);
            var end = available.IndexOfAny('\n', '\r');
            var take = end < 0 ? available : available[..end];
            if (!tooLong)
            {
                if (length + take.Length > _line.Length) tooLong = true;
                else
                {
                    take.CopyTo(_line.AsSpan(length));
                    length += take.Length;
                }
            }
            _blockStart += take.Length;
            if (end < 0) continue;
            var terminator = _block[_blockStart++];
            if (terminator == '\r')
            {
                if (_blockStart == _blockEnd) Fill();
                if (_blockStart < _blockEnd && _block[_blockStart] == '\n') _blockStart++;
            }
            _lineNumber++;
            return true;
        }
    }

    bool Fill()
    {
        var read = reader.Read(_block, 0, _block.Length);
        _blockStart = 0;
        _blockEnd = read;
        if (read == 0) _endOfText = true;
        return read > 0;
    }
}
