using System.Xml;

namespace Interdict.Lists;

/// <summary>Reads the root element of an XML file from its first bytes, to tell list formats apart by content.</summary>
static class XmlHead
{
    static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };

    /// <summary>The local name of the root element, or null when the bytes do not start like XML.</summary>
    public static string? RootName(ReadOnlySpan<byte> head) => Root(head)?.LocalName;

    /// <summary>The root element's name of a file, or null when its first bytes do not start a readable XML element.</summary>
    public static (string LocalName, string Namespace, int Line, int Column)? RootOf(string file)
    {
        Span<byte> head = stackalloc byte[ListSources.HeadLength];
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            return Root(head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)]);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The local name and namespace of the root element, or null.</summary>
    public static (string LocalName, string Namespace, int Line, int Column)? Root(ReadOnlySpan<byte> head)
    {
        var first = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0) return null;
        // A byte-order mark, then '<'.
        if (head[first] != (byte)'<' && !(head[first..].StartsWith("\uFEFF"u8) && head.Length > first + 3 && head[first + 3] == (byte)'<')) return null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(head.ToArray(), writable: false), Settings);
            var info = (IXmlLineInfo)reader;
            return reader.MoveToContent() == XmlNodeType.Element ? (reader.LocalName, reader.NamespaceURI, info.LineNumber, info.LinePosition) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
