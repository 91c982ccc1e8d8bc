namespace Interdict.Lists;

/// <summary>The lists shipped inside this assembly, so that screening works before anything has been imported.</summary>
/// <remarks>The bundled UN list is the newest <c>data/lists/un/*.xml</c> of the repository at build time
/// (currently the Consolidated List generated 2026-02-27). Its <see cref="Interdict.Core.Lists.ListVersion.Origin"/>
/// is <c>embedded:</c> followed by the file name. Thread-safe; every call parses anew.</remarks>
public static class BundledLists
{
    const string UnPrefix = "Interdict.Lists.Bundled.un.";

    /// <summary>The name of the embedded UN list file (<c>consolidated-2026-02-27.xml</c>), or null when none is embedded.</summary>
    public static string? UnFileName
    {
        get
        {
            var resource = NewestUnResource();
            return resource?[UnPrefix.Length..];
        }
    }

    /// <summary>Parses the embedded UN Consolidated List.</summary>
    /// <returns>The list; a failure only if the build embedded no list or a broken one.</returns>
    public static ImportResult LoadUn()
    {
        var resource = NewestUnResource();
        if (resource is null)
        {
            return ImportResult.Failed(new ImportIssue("embedded", 0, null, null, null, "No UN list is embedded in Interdict.Lists."));
        }
        using var stream = typeof(BundledLists).Assembly.GetManifestResourceStream(resource)!;
        return UnListParser.Parse(stream, "embedded:" + resource[UnPrefix.Length..]);
    }

    /// <summary>File names embed their date (consolidated-YYYY-MM-DD.xml), so the ordinal maximum is the newest.</summary>
    static string? NewestUnResource()
    {
        string? newest = null;
        foreach (var name in typeof(BundledLists).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(UnPrefix, StringComparison.Ordinal) && (newest is null || string.CompareOrdinal(name, newest) > 0)) newest = name;
        }
        return newest;
    }
}
