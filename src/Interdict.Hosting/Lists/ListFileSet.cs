using System.IO.Compression;
using Interdict.Lists;

namespace Interdict.Hosting.Lists;

/// <summary>Parses list files held in memory (an upload, or a version read back from the database) with the one
/// parsing path the CLI uses too: <see cref="ListFiles.Import"/> on a private temporary folder.</summary>
/// <remarks>A list made of several files (OFAC's <c>sdn.csv</c>, <c>alt.csv</c>, <c>add.csv</c>, <c>sdn_comments.csv</c>)
/// is kept as one zip archive (<see cref="Pack"/>), so every stored version is one file.</remarks>
public static class ListFileSet
{
    /// <summary>Parses the files of one list version: one list file of any registered format (UN, EU, UK, OFAC Enhanced
    /// XML, OpenSanctions FtM), OFAC's <c>sdn.csv</c> with its companions, or a zip archive holding them.</summary>
    /// <param name="files">The files, by name; names are reduced to their last path segment.</param>
    /// <param name="published">The publication date of a list whose files carry none (OFAC's legacy CSV; see
    /// <see cref="ListFiles.Import"/>).</param>
    /// <returns>The import result; a failure names the file and the place when the content is malformed.</returns>
    public static ImportResult Parse(IReadOnlyList<ListFile> files, DateTimeOffset? published = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0) return ImportResult.Failed(new ImportIssue("upload", 0, null, null, null, "No file was given."));
        // Named after this process, so that the next start removes it if the process dies before the finally below.
        var folder = TempFiles.NewFolder("list");
        try
        {
            var names = new List<string>();
            foreach (var file in files)
            {
                var name = SafeName(file.Name);
                if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    if (!TryExtract(file, folder.FullName, names, out var failure)) return ImportResult.Failed(failure!);
                    continue;
                }
                File.WriteAllBytes(Path.Combine(folder.FullName, name), file.Content);
                names.Add(name);
            }
            return ListFiles.Import(names.Count == 1 ? Path.Combine(folder.FullName, names[0]) : folder.FullName, published);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One file to store for a version: the file itself, or a zip archive of several.</summary>
    /// <param name="files">The version's files.</param>
    /// <returns>The file to store.</returns>
    public static ListFile Pack(IReadOnlyList<ListFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 1) return files[0] with { Name = SafeName(files[0].Name) };
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(SafeName(file.Name), CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }
        return new ListFile("list.zip", buffer.ToArray());
    }

    static bool TryExtract(ListFile file, string folder, List<string> names, out ImportIssue? failure)
    {
        failure = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file.Content), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                var name = SafeName(entry.FullName);
                using var source = entry.Open();
                using var target = File.Create(Path.Combine(folder, name));
                source.CopyTo(target);
                names.Add(name);
            }
            return true;
        }
        catch (InvalidDataException e)
        {
            failure = new ImportIssue(file.Name, 0, null, null, null, $"The zip archive could not be read: {e.Message}");
            return false;
        }
    }

    /// <summary>The last segment of a name, so an upload can never write outside its temporary folder.</summary>
    static string SafeName(string name)
    {
        var last = Path.GetFileName(name.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(last) || last is "." or ".." ? "list.xml" : last;
    }
}
