using System.Diagnostics;
using System.Globalization;

namespace Interdict.Hosting;

/// <summary>Names the temporary files and folders Interdict writes (uploads, list files being parsed, staging folders
/// of imports) after the process that owns them, so that the next start can remove what a crashed process left behind
/// without touching what a live one is still using.</summary>
/// <remarks>The owner tag is <c>p{process id}.{process start, Unix seconds}</c>: a process id alone is reused (in a
/// container every server is process 1), its start time with it is not. Thread-safe.</remarks>
public static class TempFiles
{
    /// <summary>Every temporary name starts so (<c>interdict-upload-…</c>, <c>interdict-list-…</c>).</summary>
    public const string Prefix = "interdict-";

    /// <summary>This process's tag, as it appears in the names it writes.</summary>
    public static string OwnerTag { get; } = Tag(Environment.ProcessId, StartSeconds(Process.GetCurrentProcess()));

    /// <summary>A new, unused path in the system's temporary folder: <c>interdict-{kind}-{owner}-{random}{extension}</c>.</summary>
    /// <param name="kind">What it holds (<c>upload</c>).</param>
    /// <param name="extension">The file's extension, with its dot.</param>
    public static string NewFilePath(string kind, string extension) =>
        Path.Combine(Path.GetTempPath(), $"{Prefix}{kind}-{OwnerTag}-{Guid.NewGuid():N}{extension}");

    /// <summary>Creates a new, empty folder in the system's temporary folder: <c>interdict-{kind}-{owner}-{random}</c>.</summary>
    /// <param name="kind">What it holds (<c>list</c>).</param>
    public static DirectoryInfo NewFolder(string kind) => Directory.CreateTempSubdirectory($"{Prefix}{kind}-{OwnerTag}-");

    /// <summary>Removes the temporary files and folders in <paramref name="folder"/> whose owner process is gone; returns
    /// how many were removed. Names without an owner tag (not Interdict's) are left alone.</summary>
    /// <param name="folder">Where to look (default: the system's temporary folder).</param>
    public static int RemoveOrphans(string? folder = null)
    {
        var root = new DirectoryInfo(folder ?? Path.GetTempPath());
        if (!root.Exists) return 0;
        var removed = 0;
        foreach (var item in root.EnumerateFileSystemInfos(Prefix + "*"))
        {
            if (!IsOrphan(item.Name)) continue;
            if (TryDelete(item)) removed++;
        }
        return removed;
    }

    /// <summary>True when <paramref name="name"/> is one of Interdict's temporary names (<c>interdict-{kind}-{owner}-…</c>)
    /// and its owner process no longer runs.</summary>
    /// <param name="name">A file or folder name.</param>
    public static bool IsOrphan(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var pieces = name.Split('-', 4);
        return pieces.Length == 4 && pieces[0] == Prefix.TrimEnd('-') && IsOrphanedTag(pieces[2]);
    }

    /// <summary>True when <paramref name="tag"/> is an owner tag (<c>p{pid}.{start}</c>) whose process no longer runs.</summary>
    /// <param name="tag">The tag alone.</param>
    public static bool IsOrphanedTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return TryParseTag(tag, out var pid, out var start) && !IsRunning(pid, start);
    }

    static bool TryParseTag(string piece, out int pid, out long start)
    {
        pid = 0;
        start = 0;
        if (piece.Length < 4 || piece[0] != 'p') return false;
        var dot = piece.IndexOf('.', StringComparison.Ordinal);
        return dot > 1
            && int.TryParse(piece.AsSpan(1, dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out pid)
            && long.TryParse(piece.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out start);
    }

    static bool IsRunning(int pid, long start)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            // The start time is read from the kernel each time; a second either way absorbs its rounding.
            return Math.Abs(StartSeconds(process) - start) <= 1;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false; // it exited while we looked
        }
    }

    static string Tag(int pid, long start) => string.Create(CultureInfo.InvariantCulture, $"p{pid}.{start}");

    static long StartSeconds(Process process) => new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds();

    static bool TryDelete(FileSystemInfo item)
    {
        try
        {
            if (item is DirectoryInfo folder) folder.Delete(recursive: true);
            else item.Delete();
            return true;
        }
        catch (IOException)
        {
            return false; // removed meanwhile, or in use: the next start tries again
        }
        catch (UnauthorizedAccessException)
        {
            return false; // another user's file in a shared temporary folder
        }
    }
}
