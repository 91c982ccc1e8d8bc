using System.Globalization;
using nietras.SeparatedValues;

namespace Interdict.Hosting.Csv;

/// <summary>Streams the records of a CSV file, each with its line number: the one reader of every CSV input (batch
/// screening, pairs to compare, customer imports).</summary>
/// <remarks>
/// <para>Fields are split and unescaped by Sep (RFC 4180: quoted fields hold separators and doubled quotes). The
/// separator is the one of <c>,</c> <c>;</c> and tab that the header line holds most often (outside quotes), so files
/// saved by a spreadsheet set to a European locale read as they are.</para>
/// <para>Beneath Sep, <see cref="CsvLines"/> hands it only lines that are whole records: a line too long, holding a
/// NUL or invalid UTF-8, or with a quote never closed is returned as a malformed record of its own line, and the next
/// line is read afresh. So a bad row costs that row, never the rows after it, and memory is bounded by
/// <see cref="MaxRowChars"/> whatever the file holds.</para>
/// <para>The first record returned is the header. Blank lines are skipped.</para>
/// </remarks>
public sealed class CsvRecordReader : IDisposable
{
    /// <summary>The longest row read, in characters (64 Ki); a longer row is reported and skipped.</summary>
    public const int MaxRowChars = 64 * 1024;

    /// <summary>The separators recognised, in the order preferred when the header holds none or as many of each.</summary>
    static readonly char[] Separators = [',', ';', '\t'];

    readonly CsvLines _lines;
    readonly Queue<(int Line, string? Error)> _framed = new();
    readonly Queue<CsvRecord> _ready = new();
    SepReader? _sep;
    bool _started, _ended;

    /// <summary>Reads from <paramref name="reader"/>, which the caller disposes.</summary>
    /// <param name="reader">The text.</param>
    public CsvRecordReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _lines = new CsvLines(reader);
    }

    /// <summary>The separator, known once the header has been read.</summary>
    public char Separator { get; private set; } = ',';

    /// <summary>Reads the next record; null at the end of the input.</summary>
    public CsvRecord? Read()
    {
        if (!_started) return ReadHeader();
        while (true)
        {
            if (_ready.TryDequeue(out var ready)) return ready;
            if (_ended || _sep is null) return null;
            if (!_sep.MoveNext())
            {
                _ended = true;
                while (_framed.TryDequeue(out var left)) _ready.Enqueue(CsvRecord.Malformed(left.Line, left.Error!));
                continue;
            }
            var row = _sep.Current;
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
            // Sep reads ahead: the lines judged bad before this row come first, in order.
            while (_framed.TryDequeue(out var item))
            {
                if (item.Error is not null)
                {
                    _ready.Enqueue(CsvRecord.Malformed(item.Line, item.Error));
                    continue;
                }
                _ready.Enqueue(new CsvRecord(item.Line, fields, null));
                break;
            }
        }
    }

    /// <summary>Reads the header line, chooses the separator from it and starts Sep on the rest.</summary>
    CsvRecord? ReadHeader()
    {
        _started = true;
        if (_lines.Next() is not { } first) return null;
        if (first.Error is not null) return CsvRecord.Malformed(first.Line, first.Error);
        Separator = DetectSeparator(first.Text!);
        _framed.Enqueue((first.Line, null));
        var text = new FramedText(_lines, _framed, first.Text!);
        _sep = Sep.New(Separator).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        return Read();
    }

    static char DetectSeparator(string header)
    {
        Span<int> counts = stackalloc int[Separators.Length];
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && Array.IndexOf(Separators, c) is var i and >= 0) counts[i]++;
        }
        var best = 0;
        for (var i = 1; i < counts.Length; i++) if (counts[i] > counts[best]) best = i;
        return Separators[best];
    }

    /// <summary>Describes the separator for messages: <c>','</c>, <c>';'</c> or <c>tab</c>.</summary>
    public string SeparatorName => Separator == '\t' ? "tab" : string.Create(CultureInfo.InvariantCulture, $"'{Separator}'");

    /// <inheritdoc/>
    public void Dispose() => _sep?.Dispose();

    /// <summary>The text Sep reads: the good lines, each ending in <c>\n</c>. Every line handed over, good or bad, is
    /// queued in order so that <see cref="CsvRecordReader.Read"/> can give each row its line number.</summary>
    sealed class FramedText(CsvLines lines, Queue<(int Line, string? Error)> framed, string first) : TextReader
    {
        string _pending = first + "\n";
        int _offset;

        public override int Read(Span<char> buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                if (_offset == _pending.Length)
                {
                    if (lines.Next() is not { } next) break;
                    framed.Enqueue((next.Line, next.Error));
                    if (next.Error is not null) continue;
                    _pending = next.Text + "\n";
                    _offset = 0;
                }
                var take = Math.Min(buffer.Length - written, _pending.Length - _offset);
                _pending.AsSpan(_offset, take).CopyTo(buffer[written..]);
                _offset += take;
                written += take;
            }
            return written;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read()
        {
            Span<char> one = stackalloc char[1];
            return Read(one) == 0 ? -1 : one[0];
        }

    }
}
