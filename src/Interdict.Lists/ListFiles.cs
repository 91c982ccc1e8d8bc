namespace Interdict.Lists;

/// <summary>Recognises a list on disk and imports it with its format (<see cref="ListSources"/>): one entry point for the
/// CLI and the server.</summary>
/// <remarks>
/// A path is a list's main file (a UN or EU XML file, OFAC's <c>sdn.csv</c>, an OpenSanctions JSON lines file…), or a
/// folder holding exactly one main file (its companions, such as OFAC's <c>alt.csv</c>, beside it). Formats are told
/// apart by content; detection reads at most the first <see cref="ListSources.HeadLength"/> bytes of each file.
/// Stateless and thread-safe.
/// </remarks>
public static class ListFiles
{
    /// <summary>Tells which list format <paramref name="path"/> holds.</summary>
    /// <param name="path">A file or a folder.</param>
    /// <returns>The format, or null when the path is missing or holds no known list (or several).</returns>
    public static IListSource? Detect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Locate(path).Source;
    }

    /// <summary>Detects the format of <paramref name="path"/> and imports the list.</summary>
    /// <param name="path">A list's main file, or a folder holding one.</param>
    /// <param name="generated">For formats without a publication date (<see cref="IListSource.NeedsDate"/>: OFAC's legacy
    /// CSV, OpenSanctions' entity files): the date the publisher published it, recorded as
    /// <see cref="Interdict.Core.Lists.ListVersion.Generated"/> — required for them (a copied file's modification time says
    /// when it was copied, not published); ignored for formats that state their own.</param>
    /// <returns>The import result; a failure naming the path when it is missing, not a known list, or of a format that
    /// needs <paramref name="generated"/> without it.</returns>
    public static ImportResult Import(string path, DateTimeOffset? generated = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var (source, target, problem) = Locate(path, out var at);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        if (source is null) return ImportResult.Failed(new ImportIssue(name, at?.Line ?? 0, at?.Column, at?.Element, null, problem!));
        if (source.NeedsDate && generated is null)
        {
            return ImportResult.Failed(new ImportIssue(name, 0, null, null, null,
                $"{source.Title} files carry no publication date: give the date the publisher published them (`interdict lists import --date YYYY-MM-DD`, or the form field `date` of POST /v1/lists/import)"));
        }
        var result = source.Parse(target!, source.NeedsDate ? generated : null);
        return result.Success && result.DatedBy is null ? result.WithDating(new ListDating(Path.GetFileName(target!), source.DateField)) : result;
    }

    /// <summary>The files that make up the list at <paramref name="path"/>: its main file and the companions beside it.
    /// Use it to store or copy a list.</summary>
    /// <param name="path">A path as accepted by <see cref="Import"/>.</param>
    /// <returns>Full paths; empty when the path holds no known list.</returns>
    public static IReadOnlyList<string> FilesOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var (source, target, _) = Locate(path);
        return source is null ? [] : source.FilesOf(target!);
    }

    /// <summary>The format and the main file to hand to it, or why there is none.</summary>
    static (IListSource? Source, string? Target, string? Problem) Locate(string path) => Locate(path, out _);

    /// <summary>As <see cref="Locate(string)"/>; <paramref name="at"/> is the place of an XML root no format reads.</summary>
    static (IListSource? Source, string? Target, string? Problem) Locate(string path, out (int Line, int Column, string Element)? at)
    {
        at = null;
        if (Directory.Exists(path))
        {
            var found = new List<(IListSource Source, string File)>();
            foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
            {
                if (ListSources.Recognise(file) is { } source) found.Add((source, file));
            }
            if (found.Count == 1) return (found[0].Source, found[0].File, null);
            if (found.Count == 0) return (null, null, $"The folder '{path}' holds no list file this engine reads ({ListSources.Titles}).");
            var kinds = found.Select(f => f.Source).Distinct().ToArray();
            return (null, null, kinds.Length == 1
                ? $"The folder '{path}' holds {found.Count} {kinds[0].Title} files; import one file at a time."
                : $"The folder '{path}' holds {found.Count} list files ({string.Join(", ", found.Select(f => Path.GetFileName(f.File)))}); import one list at a time.");
        }
        if (!File.Exists(path)) return (null, null, $"'{path}' does not exist.");
        if (ListSources.Recognise(path) is { } recognised) return (recognised, path, null);
        if (XmlHead.RootOf(path) is { } root)
        {
            at = (root.Line, root.Column, root.LocalName);
            return (null, null, $"This XML file's root element is <{root.LocalName}>, which no list format this engine reads has ({ListSources.Titles}). Nothing was imported.");
        }
        // A file that starts like XML but is broken still goes to the UN parser when it is named .xml, so the user
        // sees where the XML is broken rather than "unknown format".
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) return (ListSources.Find("un-xml"), path, null);
        return (null, null, $"'{path}' is not a list file this engine reads ({ListSources.Titles}).");
    }
}
