using System.Text;
using System.Text.RegularExpressions;

namespace Interdict.Lists.Tests.Malformed;

/// <summary>Where a refusal must point: a line of a file, or (for a rule about the whole version: no entries, its date,
/// its size against the list in force) the file and the rule.</summary>
enum Place
{
    Line,
    File,
}

/// <summary>One malformed list: its files (name → bytes), the date to give a format that states none, and what
/// place its refusal must name.</summary>
sealed record MalformedCase(string Name, IReadOnlyDictionary<string, byte[]> Files, Place Place, DateTimeOffset? Generated = null);

/// <summary>The malformed-input corpus of the list parsers, generated deterministically from the real files in
/// <c>testdata/data</c>: truncations at many offsets (in the middle of a row, at line boundaries, inside a closing tag),
/// deleted closing elements, implausible dates, bytes that are not UTF-8, swapped formats, lists without entries,
/// duplicate references, companion files of another list, random and binary bytes. Every case must be refused.</summary>
static partial class MalformedCorpus
{
    /// <summary>The date OFAC cases are imported with: after the real files' (2021-06-01), so the shrink guard compares them.</summary>
    public static readonly DateTimeOffset OfacDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    static readonly Lazy<IReadOnlyDictionary<string, MalformedCase>> UnLazy = new(() => Index(BuildUn()));
    static readonly Lazy<IReadOnlyDictionary<string, MalformedCase>> OfacLazy = new(() => Index(BuildOfac()));

    public static IReadOnlyDictionary<string, MalformedCase> Un => UnLazy.Value;

    public static IReadOnlyDictionary<string, MalformedCase> Ofac => OfacLazy.Value;

    static Dictionary<string, MalformedCase> Index(IEnumerable<MalformedCase> cases) => cases.ToDictionary(c => c.Name, StringComparer.Ordinal);

    static IEnumerable<MalformedCase> BuildUn()
    {
        var bytes = File.ReadAllBytes(RealLists.Un2026Path);
        var text = Encoding.UTF8.GetString(bytes);
        MalformedCase Xml(string name, string content, Place place = Place.Line) => Bytes(name, Encoding.UTF8.GetBytes(content), place);
        MalformedCase Bytes(string name, byte[] content, Place place = Place.Line) => new(name, new Dictionary<string, byte[]> { ["consolidated.xml"] = content }, place);

        foreach (var share in new[] { 0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 0.9999 })
        {
            yield return Bytes($"truncated at {share:P2} of its bytes", bytes[..(int)(bytes.Length * share)]);
        }
        var rootEnd = text.LastIndexOf("</CONSOLIDATED_LIST>", StringComparison.Ordinal);
        yield return Xml("without its closing </CONSOLIDATED_LIST>", text[..rootEnd]);
        yield return Xml("cut inside the closing </CONSOLIDATED_LIST>", text[..(rootEnd + 8)]);
        yield return Xml("without </ENTITIES> and the root's end", text[..text.LastIndexOf("</ENTITIES>", StringComparison.Ordinal)]);
        yield return Xml("closing </ENTITIES> deleted", RemoveLast(text, "</ENTITIES>"));
        yield return Xml("closing </INDIVIDUALS> deleted", RemoveFirst(text, "</INDIVIDUALS>"));
        yield return Xml("one closing </INDIVIDUAL> deleted", RemoveFirst(text, "</INDIVIDUAL>"));
        yield return Xml("one closing </FIRST_NAME> deleted", RemoveFirst(text, "</FIRST_NAME>"));
        yield return Xml("a closing tag in the wrong case", ReplaceFirst(text, "</INDIVIDUAL>", "</individual>"));
        yield return Xml("an unclosed attribute quote", ReplaceFirst(text, "dateGenerated=\"", "dateGenerated=\"2026"));
        yield return Xml("dated 1999-12-31", Dated(text, "1999-12-31T00:00:00Z"), Place.File);
        yield return Xml("dated 1970-01-01", Dated(text, "1970-01-01T00:00:00Z"), Place.File);
        yield return Xml("dated 2030-01-01", Dated(text, "2030-01-01T00:00:00Z"), Place.File);
        yield return Xml("dated 9999-12-31", Dated(text, "9999-12-31"), Place.File);
        yield return Xml("dated 'yesterday'", Dated(text, "yesterday"));
        yield return Xml("without dateGenerated", Regex.Replace(text, "dateGenerated=\"[^\"]*\"", ""));
        yield return Bytes("an invalid UTF-8 byte in a name", Insert(bytes, IndexOf(bytes, "<FIRST_NAME>"u8) + 13, [0xFF]));
        yield return Bytes("a Latin-1 Ü among UTF-8 text (MÜLLER)", Insert(bytes, IndexOf(bytes, "<FIRST_NAME>"u8) + 13, [(byte)'M', 0xDC, (byte)'L']));
        yield return Bytes("a UTF-8 sequence cut short", Insert(bytes, IndexOf(bytes, "<SECOND_NAME>"u8) + 14, [0xC3]));
        yield return Bytes("a NUL byte", Insert(bytes, IndexOf(bytes, "<SECOND_NAME>"u8) + 14, [0x00]));
        yield return Bytes("an empty file", [], Place.File);
        yield return Xml("only whitespace", "  \r\n\t\r\n", Place.File);
        yield return Bytes("50 KB of random bytes", Random(50_000, seed: 12));
        yield return Bytes("OFAC's sdn.csv named consolidated.xml", File.ReadAllBytes(Path.Combine(RealLists.OfacFolder, "sdn.csv")));
        yield return Xml("an empty root element (the issue's upload)", "<CONSOLIDATED_LIST dateGenerated=\"2026-06-01T00:00:00Z\"/>", Place.File);
        yield return Xml("empty INDIVIDUALS and ENTITIES", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-06-01T00:00:00Z\">\n<INDIVIDUALS/>\n<ENTITIES/>\n</CONSOLIDATED_LIST>", Place.File);
        yield return Xml("every record emptied", Regex.Replace(Regex.Replace(text, "<INDIVIDUAL>.*?</INDIVIDUAL>", "<INDIVIDUAL/>", RegexOptions.Singleline), "<ENTITY>.*?</ENTITY>", "<ENTITY/>", RegexOptions.Singleline), Place.File);
        yield return Xml("every reference number deleted", Regex.Replace(text, "<REFERENCE_NUMBER>[^<]*</REFERENCE_NUMBER>", ""), Place.File);
        var references = Regex.Matches(text, "<REFERENCE_NUMBER>([^<]*)</REFERENCE_NUMBER>");
        yield return Xml("a duplicate reference number", ReplaceAt(text, references[1].Groups[1], references[0].Groups[1].Value));
        var firstRecord = Regex.Match(text, "<INDIVIDUAL>.*?</INDIVIDUAL>", RegexOptions.Singleline);
        yield return Xml("a record repeated", text.Insert(firstRecord.Index + firstRecord.Length, firstRecord.Value));
        yield return Xml("two lists joined", text + text);
        yield return Xml("junk after the root element", text + "<extra/>");
        yield return Xml("another XML document (OFAC's sdnList)", "<?xml version=\"1.0\"?><sdnList><publshInformation/><sdnEntry><uid>1</uid></sdnEntry></sdnList>");
        yield return Xml("a DTD declaring an external entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + text[text.IndexOf("<CONSOLIDATED_LIST", StringComparison.Ordinal)..], Place.File);
        yield return Xml("a later version without its entities and half its individuals (a partial export)", Dated(KeepRecords(text, 0.5), "2026-03-01T00:00:00Z"), Place.File);
        yield return Xml("a later version with a tenth of its records", Dated(KeepRecords(text, 0.1), "2026-03-01T00:00:00Z"), Place.File);
    }

    static IEnumerable<MalformedCase> BuildOfac()
    {
        var folder = RealLists.OfacFolder;
        var sdn = File.ReadAllBytes(Path.Combine(folder, "sdn.csv"));
        var alt = File.ReadAllBytes(Path.Combine(folder, "alt.csv"));
        var add = File.ReadAllBytes(Path.Combine(folder, "add.csv"));
        var comments = File.ReadAllBytes(Path.Combine(folder, "sdn_comments.csv"));
        var sdnText = Encoding.UTF8.GetString(sdn);
        var lines = sdnText.Split("\r\n");
        MalformedCase Set(string name, Place place = Place.Line, byte[]? sdnFile = null, byte[]? altFile = null, byte[]? addFile = null,
            byte[]? commentsFile = null, DateTimeOffset? generated = null) =>
            new(name, new Dictionary<string, byte[]>
            {
                ["sdn.csv"] = sdnFile ?? sdn, ["alt.csv"] = altFile ?? alt, ["add.csv"] = addFile ?? add, ["sdn_comments.csv"] = commentsFile ?? comments,
            }, place, generated ?? OfacDate);
        MalformedCase Alone(string name, byte[] sdnFile, Place place = Place.Line, DateTimeOffset? generated = null) =>
            new(name, new Dictionary<string, byte[]> { ["sdn.csv"] = sdnFile }, place, generated ?? OfacDate);

        foreach (var share in new[] { 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999 })
        {
            yield return Set($"sdn.csv cut mid-row at {share:P1} of its bytes", sdnFile: MidRow(sdn, (int)(sdn.Length * share)));
        }
        foreach (var share in new[] { 0.1, 0.5, 0.9 })
        {
            yield return Alone($"a lone sdn.csv cut mid-row at {share:P0} of its bytes", MidRow(sdn, (int)(sdn.Length * share)));
        }
        yield return Set("sdn.csv cut to a tenth of its lines (companions whole)", sdnFile: Lines(lines, lines.Length / 10));
        yield return Set("sdn.csv cut to half its lines (companions whole)", sdnFile: Lines(lines, lines.Length / 2));
        yield return Set("sdn.csv cut to 90 % of its lines (companions whole)", sdnFile: Lines(lines, lines.Length * 9 / 10));
        yield return Alone("a lone sdn.csv cut to a tenth of its lines", Lines(lines, lines.Length / 10), Place.File);
        yield return Alone("a lone sdn.csv cut to half its lines", Lines(lines, lines.Length / 2), Place.File);
        yield return Alone("a lone sdn.csv with every other row", Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Where((_, i) => i % 2 == 0))), Place.File);
        yield return Set("alt.csv cut mid-row", altFile: MidRow(alt, alt.Length / 2));
        yield return Set("add.csv cut mid-row", addFile: MidRow(add, add.Length * 3 / 4));
        yield return Set("sdn_comments.csv cut mid-row", commentsFile: comments[..(comments.Length - 4)]);
        yield return Set("alt.csv of another list (numbers that sdn.csv lacks)", altFile: Renumbered(alt, 1_000_000));
        yield return Set("add.csv of another list (numbers that sdn.csv lacks)", addFile: Renumbered(add, 2_000_000));
        yield return Set("an invalid UTF-8 byte in a name", sdnFile: Insert(sdn, IndexOf(sdn, "\""u8) + 1, [0xFF]));
        yield return Set("a Latin-1 Ü among UTF-8 text (MÜLLER)", sdnFile: Insert(Insert(sdn, IndexOf(sdn, "\""u8) + 1, "É"u8.ToArray()), sdn.Length / 2, [(byte)'M', 0xDC, (byte)'L']));
        yield return Alone("a file in Windows-1252 throughout",
            Encoding.Latin1.GetBytes("7,\"MÜLLER, Jürgen\",\"individual\",\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"POB Bogotá, Colombia.\"\r\n"));
        yield return Set("an invalid UTF-8 byte in add.csv", addFile: Insert(add, add.Length / 3, [0xC0, 0xAF]));
        yield return Alone("a UTF-16 file", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(sdnText)).ToArray());
        yield return Set("a NUL byte", sdnFile: Insert(sdn, sdn.Length / 5, [0x00]));
        yield return Alone("an empty sdn.csv", [], Place.File);
        yield return Alone("an sdn.csv of blank lines", "\r\n\r\n  \r\n"u8.ToArray(), Place.File);
        yield return Alone("an sdn.csv holding only the end-of-file mark", [0x1A], Place.File);
        yield return Alone("50 KB of random bytes named sdn.csv", Random(50_000, seed: 7));
        yield return Alone("random printable text", RandomText(20_000, seed: 3), Place.File);
        yield return Alone("a gzip archive named sdn.csv", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C, 0x4A, 0x06, 0x00]);
        yield return Alone("a UN XML file named sdn.csv", File.ReadAllBytes(RealLists.Un2026Path));
        yield return Alone("the issue's empty UN list named sdn.csv", "<CONSOLIDATED_LIST dateGenerated=\"2026-06-01T00:00:00Z\"/>"u8.ToArray());
        yield return Set("a duplicate entity number", sdnFile: Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Take(100).Append(lines[40]).Concat(lines.Skip(100)))));
        yield return Set("two sdn.csv files joined", sdnFile: [.. sdn, .. sdn]);
        yield return Set("semicolons for commas", sdnFile: Encoding.UTF8.GetBytes(sdnText.Replace(',', ';')));
        yield return Set("tabs for commas", sdnFile: Encoding.UTF8.GetBytes(sdnText.Replace(',', '\t')));
        yield return Set("a column missing from every row", sdnFile: Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Select(l => Regex.Replace(l, ",-0- ,", ",", RegexOptions.None, TimeSpan.FromSeconds(5))))));
        yield return Alone("every name empty", Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Select(l => Regex.Replace(l, "^(\\d+),\"[^\"]*\"", "$1,-0- ")))), Place.File);
        yield return Set("dated 1999-12-31", Place.File, generated: new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero));
        yield return Set("dated 1970-01-01", Place.File, generated: DateTimeOffset.UnixEpoch);
        yield return Set("dated 2030-01-01", Place.File, generated: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        yield return Set("dated 9999-12-31", Place.File, generated: new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>The bytes up to <paramref name="offset"/>, moved forward so that the cut falls inside a row (never on a line break).</summary>
    static byte[] MidRow(byte[] bytes, int offset)
    {
        offset = Math.Max(offset, 3);
        while (bytes[offset - 1] is (byte)'\r' or (byte)'\n' || bytes[offset] is (byte)'\r' or (byte)'\n') offset++;
        return bytes[..offset];
    }

    static byte[] Lines(string[] lines, int count) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Take(count)) + "\r\n");

    /// <summary>The file with every leading entity number raised by <paramref name="by"/>: a companion file of another list.</summary>
    static byte[] Renumbered(byte[] bytes, int by) =>
        Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(bytes), "^\\d+", m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + by).ToString(System.Globalization.CultureInfo.InvariantCulture), RegexOptions.Multiline));

    /// <summary>The UN list with only the first share of its individuals and none of its entities.</summary>
    static string KeepRecords(string text, double share)
    {
        var individuals = Regex.Matches(text, "<INDIVIDUAL>.*?</INDIVIDUAL>", RegexOptions.Singleline);
        var keep = (int)(individuals.Count * share);
        return text[..individuals[keep].Index] + "</INDIVIDUALS>\n<ENTITIES>\n</ENTITIES>\n</CONSOLIDATED_LIST>\n";
    }

    static string Dated(string text, string date) => Regex.Replace(text, "dateGenerated=\"[^\"]*\"", $"dateGenerated=\"{date}\"");

    static string RemoveFirst(string text, string what) => ReplaceFirst(text, what, "");

    static string RemoveLast(string text, string what)
    {
        var at = text.LastIndexOf(what, StringComparison.Ordinal);
        return text.Remove(at, what.Length);
    }

    static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return text.Remove(at, what.Length).Insert(at, with);
    }

    static string ReplaceAt(string text, Capture capture, string with) => text.Remove(capture.Index, capture.Length).Insert(capture.Index, with);

    static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what) => bytes.AsSpan().IndexOf(what);

    static byte[] Insert(byte[] bytes, int at, byte[] what) => [.. bytes[..at], .. what, .. bytes[at..]];

    static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    static byte[] RandomText(int length, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++) text.Append(random.Next(12) == 0 ? "\r\n" : (char)random.Next(0x20, 0x7F));
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
