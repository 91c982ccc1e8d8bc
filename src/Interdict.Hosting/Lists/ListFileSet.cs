using Interdict.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>Parses list files held in memory (an upload, or a version read back from the database) with the one
/// parsing path the CLI uses too: <see cref="ListFiles.Import"/> on a private temporary folder.</summary>
public static class ListFileSet
{
    /// <summary>Parses the files of one list version: a UN XML file, or OFAC's <c>sdn.csv</c> with its companions.</summary>
    /// <param name="files">The files, by name; names are reduced to their last path segment.</param>
    /// <returns>The import result; a failure names the file and the place when the content is malformed.</returns>
    public static ImportResult Parse(IReadOnlyList<ListFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0) return ImportResult.Failed(new ImportIssue("upload", 0, null, null, null, "No file was given."));
        var folder = Directory.CreateTempSubdirectory("interdict-list-");
        try
        {
            foreach (var file in files)
            {
                var name = Path.GetFileName(file.Name);
                if (string.IsNullOrWhiteSpace(name)) name = "list.xml";
                File.WriteAllBytes(Path.Combine(folder.FullName, name), file.Content);
            }
            var path = files.Count == 1 ? Path.Combine(folder.FullName, Path.GetFileName(files[0].Name) is { Length: > 0 } n ? n : "list.xml") : folder.FullName;
            return ListFiles.Import(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
