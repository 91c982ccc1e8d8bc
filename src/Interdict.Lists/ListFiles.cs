using System.Xml;

namespace Interdict.Lists;

/// <summary>Recognises a list on disk and imports it with the right parser: one entry point for the CLI and the server.</summary>
/// <remarks>
/// A path is recognised as:
/// <list type="bullet">
/// <item><description>a UN list: an XML file whose root element is <c>CONSOLIDATED_LIST</c>, or a folder holding exactly one such file;</description></item>
/// <item><description>an OFAC SDN list: a folder holding <c>sdn.csv</c>, or the path of <c>sdn.csv</c> itself (its sibling
/// <c>alt.csv</c>, <c>add.csv</c> and <c>sdn_comments.csv</c> are read too).</description></item>
/// </list>
/// Detection reads at most the first few kilobytes of a file. Stateless and thread-safe.
/// </remarks>
public static class ListFiles
{
    static readonly string[] OfacFiles = ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"];

    /// <summary>Tells which list format <paramref name="path"/> holds.</summary>
    /// <param name="path">A file or a folder.</param>
    /// <returns>The format, or <see cref="ListFormat.Unknown"/> when the path is missing or holds no known list.</returns>
    public static ListFormat Detect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Locate(path).Format;
    }

    /// <summary>Detects the format of <paramref name="path"/> and imports the list.</summary>
    /// <param name="path">A UN XML file, an OFAC folder or <c>sdn.csv</c>, or a folder holding one UN XML file.</param>
    /// <param name="generated">For formats without a publication date (OFAC's legacy CSV): the date the publisher
    /// published it, recorded as <see cref="Interdict.Core.Lists.ListVersion.Generated"/> — required for them (a copied
    /// file's modification time says when it was copied, not published); ignored for the UN list, which states its own.</param>
    /// <returns>The import result; a failure naming the path when it is missing, not a known list, or of a format that
    /// needs <paramref name="generated"/> without it.</returns>
    public static ImportResult Import(string path, DateTimeOffset? generated = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var (format, target, problem) = Locate(path);
        return format switch
        {
            ListFormat.UnXml => UnListParser.Parse(target!),
            ListFormat.OfacCsv when generated is null => ImportResult.Failed(new ImportIssue(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), 0, null, null, null,
                "OFAC's legacy CSV files carry no publication date: give the date OFAC published them (`interdict lists import --date YYYY-MM-DD`, or the form field `date` of POST /v1/lists/import)")),
            ListFormat.OfacCsv => OfacSdnParser.Parse(target!, generated),
            _ => ImportResult.Failed(new ImportIssue(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), 0, null, null, null, problem!)),
        };
    }

    /// <summary>The files that make up the list at <paramref name="path"/>: the UN XML file, or <c>sdn.csv</c> and
    /// whichever of <c>alt.csv</c>, <c>add.csv</c>, <c>sdn_comments.csv</c> exist beside it. Use it to store or copy a list.</summary>
    /// <param name="path">A path as accepted by <see cref="Import"/>.</param>
    /// <returns>Full paths; empty when the path holds no known list.</returns>
    public static IReadOnlyList<string> FilesOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var (format, target, _) = Locate(path);
        switch (format)
        {
            case ListFormat.UnXml:
                return [Path.GetFullPath(target!)];
            case ListFormat.OfacCsv:
                var folder = Directory.Exists(target) ? target! : Path.GetDirectoryName(Path.GetFullPath(target!))!;
                var files = new List<string>(OfacFiles.Length);
                foreach (var name in OfacFiles)
                {
                    var file = OfacSdnParser.FindFile(folder, name);
                    if (file is not null) files.Add(Path.GetFullPath(file));
                }
                return files;
            default:
                return [];
        }
    }

    /// <summary>The format and the path to hand to its parser, or why there is none.</summary>
    static (ListFormat Format, string? Target, string? Problem) Locate(string path)
    {
        if (Directory.Exists(path))
        {
            if (OfacSdnParser.FindFile(path, "sdn.csv") is not null) return (ListFormat.OfacCsv, path, null);
            var xml = new List<string>();
            foreach (var file in Directory.EnumerateFiles(path, "*.xml")) if (IsUnXml(file)) xml.Add(file);
            return xml.Count switch
            {
                1 => (ListFormat.UnXml, xml[0], null),
                0 => (ListFormat.Unknown, null, $"The folder '{path}' holds neither sdn.csv (OFAC) nor a UN Consolidated List XML file."),
                _ => (ListFormat.Unknown, null, $"The folder '{path}' holds {xml.Count} UN list files; import one file at a time."),
            };
        }
        if (!File.Exists(path)) return (ListFormat.Unknown, null, $"'{path}' does not exist.");
        if (string.Equals(Path.GetFileName(path), "sdn.csv", StringComparison.OrdinalIgnoreCase)) return (ListFormat.OfacCsv, path, null);
        if (IsUnXml(path)) return (ListFormat.UnXml, path, null);
        // A file that starts like XML but is broken still goes to the UN parser when it is named .xml, so the user
        // sees where the XML is broken rather than "unknown format".
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) return (ListFormat.UnXml, path, null);
        return (ListFormat.Unknown, null, $"'{path}' is neither a UN Consolidated List XML file nor OFAC's sdn.csv.");
    }

    /// <summary>True when the file's root element is <c>CONSOLIDATED_LIST</c>.</summary>
    static bool IsUnXml(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "CONSOLIDATED_LIST";
        }
        catch (XmlException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
