using System.Text;
using System.Text.RegularExpressions;
using Interdict.Lists.Tests.Sources;

namespace Interdict.Lists.Tests.Malformed;

/// <summary>The malformed-input corpora of the newer formats, generated from their real sample files the same way:
/// truncations, XML that is not well-formed, a wrong root, records without their mandatory fields, duplicate
/// references, bad and implausible dates, bytes that are not UTF-8, empty lists, joined files.</summary>
static partial class MalformedCorpus
{
    /// <summary>Where the mandatory parts of an XML format are, as patterns over its text.</summary>
    /// <param name="Record">The record element's name.</param>
    /// <param name="Reference">A pattern whose group 1 is a record's reference.</param>
    /// <param name="Names">A pattern matching the names of a record (removed from the first).</param>
    /// <param name="Kind">A pattern matching the kind of a record (removed from the first).</param>
    /// <param name="Date">A pattern whose group 1 is the version's date.</param>
    /// <param name="DateFormat">How that date is written (for the implausible dates).</param>
    /// <param name="ListingDate">A pattern whose group 1 is a record's listing date; and a bad value for it.</param>
    sealed record XmlShape(string Record, string Reference, string Names, string Kind, string Date, string DateFormat, string ListingDate, string BadListingDate);

    static readonly Lazy<IReadOnlyDictionary<string, MalformedCase>> EuLazy = new(() => Index(BuildXml(MoreLists.EuPath, "eu.xml",
        new XmlShape("sanctionEntity", "euReferenceNumber=\"([^\"]*)\"", "wholeName=\"[^\"]*\"", "<subjectType[^>]*/>", "generationDate=\"([^\"]*)\"", "yyyy-MM-dd'T'HH:mm:ssK",
            "designationDate=\"([^\"]*)\"", "2001-02-30"))));

    static readonly Lazy<IReadOnlyDictionary<string, MalformedCase>> UkLazy = new(() => Index(BuildXml(MoreLists.UkPath, "uk.xml",
        new XmlShape("Designation", "<UniqueID>([^<]*)</UniqueID>", "<Names>.*?</Names>", "<IndividualEntityShip>[^<]*</IndividualEntityShip>",
            "<DateGenerated>([^<]*)</DateGenerated>", "dd/MM/yyyy", "<DateDesignated>([^<]*)</DateDesignated>", "30/02/2012"))));

    static readonly Lazy<IReadOnlyDictionary<string, MalformedCase>> OfacEnhancedLazy = new(() => Index(BuildXml(MoreLists.OfacEnhancedPath, "SDN_ENHANCED.XML",
        new XmlShape("entity", "<entity id=\"(\\d+)\">", "<names>.*?</names>", "<entityType[^>]*>[^<]*</entityType>", "<dataAsOf>([^<]*)</dataAsOf>", "yyyy-MM-dd'T'HH:mm:ss",
            "datePublished=\"([^\"]*)\"", "2006-13-12"))));

    static readonly Lazy<IReadOnlyDictionary<string, MalformedCase>> FtmLazy = new(() => Index(BuildFtm()));

    public static IReadOnlyDictionary<string, MalformedCase> Eu => EuLazy.Value;

    public static IReadOnlyDictionary<string, MalformedCase> Uk => UkLazy.Value;

    public static IReadOnlyDictionary<string, MalformedCase> OfacEnhanced => OfacEnhancedLazy.Value;

    public static IReadOnlyDictionary<string, MalformedCase> Ftm => FtmLazy.Value;

    static IEnumerable<MalformedCase> BuildXml(string path, string name, XmlShape shape)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes);
        MalformedCase Xml(string title, string content, Place place = Place.Line) => Bytes(title, Encoding.UTF8.GetBytes(content), place);
        MalformedCase Bytes(string title, byte[] content, Place place = Place.Line) => new(title, new Dictionary<string, byte[]> { [name] = content }, place);
        var records = Regex.Matches(text, $"<{shape.Record}[ >].*?</{shape.Record}>", RegexOptions.Singleline);
        var first = records[0];
        string InFirst(Func<string, string> change) => text[..first.Index] + change(first.Value) + text[(first.Index + first.Length)..];
        var rootName = Regex.Match(text, "<([A-Za-z][A-Za-z0-9]*)[\\s>]").Groups[1].Value;
        var date = Regex.Match(text, shape.Date).Groups[1];
        string Dated(string value) => text[..date.Index] + value + text[(date.Index + date.Length)..];
        string DatedOn(DateTimeOffset day) => Dated(day.ToString(shape.DateFormat, System.Globalization.CultureInfo.InvariantCulture));

        foreach (var share in new[] { 0.02, 0.25, 0.5, 0.75, 0.95, 0.999 })
        {
            yield return Bytes($"truncated at {share:P1} of its bytes", bytes[..(int)(bytes.Length * share)]);
        }
        yield return Xml($"without its closing </{rootName}>", text[..text.LastIndexOf($"</{rootName}>", StringComparison.Ordinal)]);
        yield return Xml($"the first </{shape.Record}> deleted", ReplaceFirst(text, $"</{shape.Record}>", ""));
        yield return Xml("an unescaped & in the first record", text.Insert(first.Index + first.Value.IndexOf('>', StringComparison.Ordinal) + 1, " fish & chips "));
        yield return Xml("an unclosed attribute quote", text.Insert(first.Index + shape.Record.Length + 1, " broken=\"1"));
        yield return Xml("another root element", Regex.Replace(Regex.Replace(text, $"<{rootName}([ >])", "<sanctions$1"), $"</{rootName}>", "</sanctions>"));
        yield return Xml("the first record without its reference", InFirst(r => Regex.Replace(r, shape.Reference, m => m.Value.StartsWith("<entity", StringComparison.Ordinal) ? "<entity>" : "")));
        yield return Xml("the first record without its names", InFirst(r => Regex.Replace(r, shape.Names, m => m.Value.StartsWith("wholeName", StringComparison.Ordinal) ? "wholeName=\"\"" : "", RegexOptions.Singleline)));
        yield return Xml("the first record without its kind", InFirst(r => Regex.Replace(r, shape.Kind, "")));
        var references = Regex.Matches(text, shape.Reference);
        yield return Xml("a duplicate reference", ReplaceAt(text, references[1].Groups[1], references[0].Groups[1].Value));
        yield return Xml("the version dated 'yesterday'", Dated("yesterday"));
        yield return Xml("the version's date empty", Dated(""));
        yield return Xml("dated 1999-12-31", DatedOn(new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero)), Place.File);
        yield return Xml("dated 2030-01-01", DatedOn(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)), Place.File);
        var listing = Regex.Match(text, shape.ListingDate).Groups[1];
        yield return Xml($"a listing date that is not a date ({shape.BadListingDate})", ReplaceAt(text, listing, shape.BadListingDate));
        yield return Bytes("an invalid UTF-8 byte in a record", Insert(bytes, Encoding.UTF8.GetByteCount(text[..first.Index]) + shape.Record.Length + 30, [0xFF]));
        yield return Bytes("a NUL byte", Insert(bytes, bytes.Length / 2, [0x00]));
        yield return Xml("no records", text[..records[0].Index] + text[(records[^1].Index + records[^1].Length)..], Place.File);
        yield return Xml("two files joined", text + text);
        yield return Xml("junk after the root element", text + "<extra/>");
        yield return Xml("a DTD declaring an external entity",
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE {rootName} [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + text[text.IndexOf($"<{rootName}", StringComparison.Ordinal)..], Place.File);
        yield return Bytes("50 KB of random bytes", Random(50_000, seed: 21));
        yield return Bytes("an empty file", [], Place.File);
    }

    static IEnumerable<MalformedCase> BuildFtm()
    {
        const string Name = "entities.ftm.json";
        var bytes = File.ReadAllBytes(MoreLists.ZalaPath);
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').Where(l => l.Length > 0).ToArray();
        var date = MoreLists.FtmDate;
        MalformedCase Text(string title, string content, Place place = Place.Line, DateTimeOffset? generated = null) =>
            Bytes(title, Encoding.UTF8.GetBytes(content), place, generated);
        MalformedCase Bytes(string title, byte[] content, Place place = Place.Line, DateTimeOffset? generated = null) =>
            new(title, new Dictionary<string, byte[]> { [Name] = content }, place, generated ?? date);
        string Lines(IEnumerable<string> kept) => string.Join("\n", kept) + "\n";
        string WithFirst(Func<string, string> change) => Lines(lines.Select((l, i) => i == 0 ? change(l) : l));

        foreach (var share in new[] { 0.05, 0.25, 0.5, 0.75, 0.95, 0.999 })
        {
            yield return Bytes($"cut mid-line at {share:P1} of its bytes", MidRow(bytes, (int)(bytes.Length * share)));
        }
        yield return Text("a line of plain text", Lines(lines.Take(3).Append("KIM JONG UN, 1984-01-08").Concat(lines.Skip(3))));
        yield return Text("a line that is a JSON array", Lines(lines.Take(5).Append("[\"NK-1\", \"Person\"]").Concat(lines.Skip(5))));
        yield return Text("an entity without id", WithFirst(l => Regex.Replace(l, "\"id\": \"[^\"]*\", ", "")));
        yield return Text("an entity without schema", WithFirst(l => Regex.Replace(l, "\"schema\": \"[^\"]*\", ", "")));
        yield return Text("an entity without properties", WithFirst(l => Regex.Replace(l, "\"properties\": \\{.*?\\}, \"datasets\"", "\"datasets\"")));
        yield return Text("a property that is not a list", WithFirst(l => l.Replace("\"birthDate\": [\"1988-01-07\"]", "\"birthDate\": \"1988-01-07\"", StringComparison.Ordinal)));
        yield return Text("a duplicate id", Lines(lines.Append(lines[0])));
        yield return Text("two files joined", text + text);
        yield return Bytes("an invalid UTF-8 byte", Insert(bytes, IndexOf(bytes, "\"caption\": \""u8) + 12, [0xFF]));
        yield return Bytes("a Latin-1 é among UTF-8 text", Insert(bytes, IndexOf(bytes, "Osetrova"u8) + 2, [0xE9]));
        yield return Bytes("a NUL byte", Insert(bytes, IndexOf(bytes, "\"caption\": \""u8) + 12, [0x00]));
        yield return Text("a party without caption or name", WithFirst(l => Regex.Replace(Regex.Replace(l, "\"caption\": \"[^\"]*\", ", ""), "\"name\": \\[[^\\]]*\\], ", "")));
        var sanction = Array.FindIndex(lines, l => l.Contains("\"listingDate\"", StringComparison.Ordinal));
        yield return Text("a sanction's listing date that is not a date",
            Lines(lines.Select((l, i) => i == sanction ? Regex.Replace(l, "\"listingDate\": \\[[^\\]]*\\]", "\"listingDate\": [\"24/02/2023\"]") : l)));
        yield return Text("an OpenSanctions delta file (op and entity)", File.ReadAllText(Path.Combine(MoreLists.Folder, "opensanctions-ftm", "yente-t2_20240527194702-wnk_entities.delta.json")));
        yield return Text("only relations and addresses, no party", Lines(lines.Where(l => !l.Contains("\"target\": true", StringComparison.Ordinal))), Place.File);
        yield return new MalformedCase("no publication date given", new Dictionary<string, byte[]> { [Name] = bytes }, Place.File, null);
        yield return Text("dated 1999-12-31", text, Place.File, new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero));
        yield return Text("dated 2030-01-01", text, Place.File, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        yield return Bytes("an empty file", [], Place.File);
        yield return Text("only blank lines", "\n\n  \n", Place.File);
    }
}
