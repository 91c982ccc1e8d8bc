using System.Buffers;
using System.Text;
using System.Xml;
using Interdict.Payments.Iso20022;
using Interdict.Payments.Mt;

namespace Interdict.Payments;

/// <summary>Reads payment messages, ISO 20022 XML or SWIFT MT, from text: the format is told by the first character
/// (<c>&lt;</c> for XML, <c>{</c> for FIN).</summary>
/// <remarks>
/// <para>Never throws for bad input: every message gives a <see cref="PaymentReadResult"/>, read or refused with the
/// place of the fault. Reads no files: callers hand it text (see <see cref="PaymentBatch"/> for several sources).</para>
/// <para>XML is read with DTDs prohibited and no resolver, so no entity is expanded and nothing outside the text is
/// fetched; input longer than <see cref="MaxCharacters"/> is refused unread.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PaymentParser
{
    /// <summary>The default bound on the text of one source: 4 MiB characters, 100 times the largest CBPR+ sample
    /// (a pacs.009 COV with every optional element filled is 49 KB).</summary>
    public const long DefaultMaxCharacters = 4L * 1024 * 1024;

    /// <summary>A parser with the default size bound.</summary>
    public PaymentParser() : this(DefaultMaxCharacters)
    {
    }

    /// <summary>A parser that refuses sources longer than <paramref name="maxCharacters"/>.</summary>
    public PaymentParser(long maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 64);
        MaxCharacters = maxCharacters;
        _xmlSettings = XmlTreeReader.Settings(maxCharacters);
    }

    readonly XmlReaderSettings _xmlSettings;

    /// <summary>The longest source text read, in characters.</summary>
    public long MaxCharacters { get; }

    /// <summary>Reads one message. A source that holds several gives the first refused result, or a refusal saying so.</summary>
    /// <param name="text">The message text.</param>
    /// <param name="origin">A label for places and errors (a file name).</param>
    public PaymentReadResult Parse(string text, string origin = "message")
    {
        var results = ParseAll(text, origin);
        if (results.Count == 1) return results[0];
        return results.FirstOrDefault(r => !r.Success)
            ?? PaymentReadResult.Refused(new PaymentIssue(origin, 0, null, null, $"the text holds {results.Count} messages where one was expected"));
    }

    /// <summary>Reads every message in <paramref name="text"/>: one result per message, in order.</summary>
    public IReadOnlyList<PaymentReadResult> ParseAll(string text, string origin = "message")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        if (text.Length > MaxCharacters)
        {
            return [PaymentReadResult.Refused(new PaymentIssue(origin, 0, null, null, $"the text is longer than {MaxCharacters} characters"))];
        }
        var first = 0;
        while (first < text.Length && (char.IsWhiteSpace(text[first]) || text[first] is '\uFEFF' or '\u0001')) first++;
        if (first == text.Length)
        {
            return [PaymentReadResult.Refused(new PaymentIssue(origin, 0, null, null, "the text is empty"))];
        }
        return text[first] switch
        {
            '<' => IsoReader.Read(text, origin, _xmlSettings),
            '{' => MtReader.Read(text, origin),
            _ => [PaymentReadResult.Refused(new PaymentIssue(origin, LineOf(text, first), ColumnOf(text, first), null,
                "unknown format: neither ISO 20022 XML (starts with '<') nor a SWIFT FIN message (starts with '{1:')"))],
        };
    }

    /// <summary>Reads every message from <paramref name="reader"/>, up to <see cref="MaxCharacters"/>.</summary>
    public IReadOnlyList<PaymentReadResult> ParseAll(TextReader reader, string origin = "message")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new char[8192];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxCharacters)
            {
                return [PaymentReadResult.Refused(new PaymentIssue(origin, 0, null, null, $"the text is longer than {MaxCharacters} characters"))];
            }
        }
        return ParseAll(text.ToString(), origin);
    }

    /// <summary>Reads every message from <paramref name="stream"/>, up to <see cref="MaxCharacters"/>: UTF-8, or the
    /// encoding its byte order mark names, as a <see cref="StreamReader"/> that detects byte order marks reads it.</summary>
    /// <remarks>The bytes go into a pooled buffer and are decoded once. Through a <see cref="TextReader"/>, its buffers,
    /// a char buffer and a growing builder, a 3.8 KB message cost 40 KB more garbage than its text
    /// (docs/performance.md, "Payments").</remarks>
    /// <param name="stream">The bytes of one source (left open).</param>
    /// <param name="origin">A label for places and errors (a file name).</param>
    public IReadOnlyList<PaymentReadResult> ParseAll(Stream stream, string origin = "message")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(origin);
        // Every encoding read takes at most 4 bytes a character: more bytes than this are more characters than allowed.
        var mostBytes = 4 * MaxCharacters;
        var size = stream.CanSeek ? Math.Clamp(stream.Length - stream.Position + 1, 1, 1 << 20) : 1 << 14;
        var buffer = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > mostBytes) return [PaymentReadResult.Refused(new PaymentIssue(origin, 0, null, null, $"the text is longer than {MaxCharacters} characters"))];
                    var larger = ArrayPool<byte>.Shared.Rent(2 * buffer.Length);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0) break;
                length += read;
            }
            return ParseAll(Decode(buffer.AsSpan(0, length)), origin);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The text of <paramref name="bytes"/>: the byte order marks a <see cref="StreamReader"/> detects, in its
    /// order, else UTF-8; malformed bytes become U+FFFD, as that reader makes them.</summary>
    static string Decode(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes[2..]),
        [0xFF, 0xFE, 0, 0, ..] => Encoding.UTF32.GetString(bytes[4..]),
        [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes[2..]),
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(bytes[3..]),
        [0, 0, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]),
        _ => Encoding.UTF8.GetString(bytes),
    };

    static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++) if (text[i] == '\n') line++;
        return line;
    }

    static int ColumnOf(string text, int offset) => offset - (text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1) + 1;
}
