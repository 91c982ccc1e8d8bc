using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Lists;

namespace Interdict.Lists;

/// <summary>One pass over one XML list whose records are elements of one name (EU <c>sanctionEntity</c>, UK
/// <c>Designation</c>, OFAC <c>entity</c>): the document is streamed, and each record (and each header element) is read
/// whole as an <see cref="XElement"/> with its line numbers, so a format's reader is a mapping of one record.</summary>
/// <remarks>
/// <para>Not reusable and not thread-safe: a format makes one per call. Memory is one record at a time plus the entries.</para>
/// <para>Refused whole, naming the line: XML that is not well-formed or truncated, another root element, a missing or
/// unreadable version date, a record without its reference or without a name, a reference that appears twice, a listing
/// date that is not a date. A field that cannot be read (a date of birth in an unknown form) is reported and left out,
/// as the UN reader does. Nothing half-imported is ever returned.</para>
/// </remarks>
abstract class XmlListReader
{
    static readonly XmlReaderSettings Settings = new()
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    };

    protected XmlListReader(string origin) => Origin = origin;

    /// <summary>The file name, for issues and <see cref="ListVersion.Origin"/>.</summary>
    protected string Origin { get; }

    /// <summary>Fields that could not be read; the records were imported without them.</summary>
    protected List<ImportIssue> Issues { get; } = [];

    /// <summary>The root element's local name.</summary>
    protected abstract string RootName { get; }

    /// <summary>What the file must be, for the wrong-root message (<c>an EU Financial Sanctions File</c>).</summary>
    protected abstract string Description { get; }

    /// <summary>The records' local name.</summary>
    protected abstract string RecordName { get; }

    /// <summary>The element or attribute the version's date is read from.</summary>
    protected abstract string DateField { get; }

    /// <summary>The version's date, once read (from the root's attributes or a header element).</summary>
    protected DateTimeOffset? Generated { get; set; }

    /// <summary>The list id of the version; a format may decide it from its header.</summary>
    protected abstract string Source { get; }

    /// <summary>Reads the root element's attributes; throws <see cref="ListFault"/> for a fatal problem.</summary>
    protected virtual void ReadRoot(XmlReader root)
    {
    }

    /// <summary>True for an element outside the records that is read whole and given to <see cref="ReadHeader"/>.</summary>
    protected virtual bool IsHeader(string localName) => false;

    /// <summary>Reads a header element; throws <see cref="ListFault"/> for a fatal problem.</summary>
    protected virtual void ReadHeader(XElement header)
    {
    }

    /// <summary>Maps one record; throws <see cref="ListFault"/> for a fatal problem, adds to <see cref="Issues"/> for a
    /// field left out.</summary>
    protected abstract ListEntry ReadRecord(XElement record);

    /// <summary>A last pass over all entries once read (to resolve links between them).</summary>
    protected virtual ImmutableArray<ListEntry> Complete(ImmutableArray<ListEntry> entries) => entries;

    public ImportResult Read(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var lineInfo = (IXmlLineInfo)reader;
        string? element = null;
        try
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != RootName)
            {
                var found = reader.NodeType == XmlNodeType.Element ? $"<{reader.LocalName}>" : "no element";
                throw new ListFault(lineInfo.LineNumber, lineInfo.LinePosition, reader.LocalName, null,
                    $"This is not {Description}: the root element is {found}, expected <{RootName}>.");
            }
            var rootLine = lineInfo.LineNumber;
            ReadRoot(reader);
            var entries = ImmutableArray.CreateBuilder<ListEntry>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || (reader.LocalName != RecordName && !IsHeader(reader.LocalName)))
                {
                    reader.Read();
                    continue;
                }
                element = reader.LocalName;
                var line = lineInfo.LineNumber;
                var loaded = XElement.Load(reader.ReadSubtree(), LoadOptions.SetLineInfo);
                // ReadSubtree leaves the reader on the record's end tag: step past it.
                reader.Read();
                if (element != RecordName)
                {
                    ReadHeader(loaded);
                    continue;
                }
                var entry = ReadRecord(loaded);
                if (!seen.TryAdd(entry.Reference, line))
                {
                    throw new ListFault(line, null, RecordName, entry.Reference, string.Create(CultureInfo.InvariantCulture,
                        $"The reference {entry.Reference} appears twice (lines {seen[entry.Reference]} and {line}): the file is damaged or two lists were joined."));
                }
                entries.Add(entry);
            }
            element = null;
            if (Generated is not { } generated)
            {
                throw new ListFault(rootLine, null, DateField, null, $"The list's date ({DateField}) is missing: a version must be dated by its data.");
            }
            var snapshot = new ListSnapshot(new ListVersion(Source, generated, Origin), Complete(entries.ToImmutable()));
            return ImportResult.Succeeded(snapshot, Issues).WithDating(new ListDating(Origin, DateField));
        }
        catch (XmlException exception)
        {
            var where = element is null ? "" : $" while reading <{element}>";
            return ImportResult.Failed(new ImportIssue(Origin, exception.LineNumber, exception.LinePosition > 0 ? exception.LinePosition : null, element, null,
                $"The file is not well-formed XML{where}: {exception.Message} Nothing was imported."), Issues);
        }
        catch (ListFault fault)
        {
            return ImportResult.Failed(new ImportIssue(Origin, fault.Line, fault.Column, fault.Element, fault.Record, fault.Message + " Nothing was imported."), Issues);
        }
    }

    /// <summary>A problem that makes the whole file unusable, at a place.</summary>
    protected sealed class ListFault(int line, int? column, string? element, string? record, string message) : Exception(message)
    {
        public int Line { get; } = line;
        public int? Column { get; } = column;
        public string? Element { get; } = element;
        public string? Record { get; } = record;
    }

    /// <summary>A fault at an element (its line and column).</summary>
    protected static ListFault Fault(XObject at, string element, string? record, string message)
    {
        var info = (IXmlLineInfo)at;
        return new ListFault(info.LineNumber, info.HasLineInfo() ? info.LinePosition : null, element, record, message);
    }

    /// <summary>Records a field left out, at an element.</summary>
    protected void LeftOut(XObject at, string element, string? record, string message)
    {
        var info = (IXmlLineInfo)at;
        Issues.Add(new ImportIssue(Origin, info.LineNumber, info.HasLineInfo() ? info.LinePosition : null, element, record, message));
    }

    /// <summary>An attribute's cleaned value, or null when absent or blank.</summary>
    protected static string? Attribute(XElement element, string name) => Text.Clean(element.Attribute(name)?.Value);

    /// <summary>The cleaned text of the first child of that local name, or null.</summary>
    protected static string? Child(XElement element, string name) => Text.Clean(element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value);

    /// <summary>The children of that local name.</summary>
    protected static IEnumerable<XElement> Children(XElement element, string name) => element.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>The descendants of that local name.</summary>
    protected static IEnumerable<XElement> Descendants(XElement element, string name) => element.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>The cleaned texts of every descendant of that local name, without blanks.</summary>
    protected static IEnumerable<string> Texts(XElement element, string name) =>
        Descendants(element, name).Select(e => Text.Clean(e.Value)).OfType<string>();

    /// <summary>Adds a value unless blank or already there.</summary>
    protected static void AddDistinct(ImmutableArray<string>.Builder into, string? value)
    {
        if (value is not null && !into.Contains(value)) into.Add(value);
    }
}
