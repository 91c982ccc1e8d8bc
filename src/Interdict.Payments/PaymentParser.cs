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

    static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++) if (text[i] == '\n') line++;
        return line;
    }

    static int ColumnOf(string text, int offset) => offset - (text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1) + 1;
}
