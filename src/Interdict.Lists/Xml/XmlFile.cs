namespace Interdict.Lists;

/// <summary>Opens a list file for a reader, turning a missing or unreadable file into a failure naming it.</summary>
static class XmlFile
{
    public static ImportResult Read(string path, Func<Stream, ImportResult> read)
    {
        var origin = Path.GetFileName(path);
        if (!File.Exists(path)) return ImportResult.Failed(new ImportIssue(origin, 0, null, null, null, $"The file '{path}' does not exist."));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            return read(stream);
        }
        catch (IOException exception)
        {
            return ImportResult.Failed(new ImportIssue(origin, 0, null, null, null, $"The file could not be read: {exception.Message}"));
        }
        catch (UnauthorizedAccessException exception)
        {
            return ImportResult.Failed(new ImportIssue(origin, 0, null, null, null, $"The file could not be read: {exception.Message}"));
        }
    }
}
