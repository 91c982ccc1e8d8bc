using System.Globalization;
using System.Text;
using Interdict.Core.Audit;

namespace Interdict.Storage;

/// <summary>The anchor file: an append-only text file, outside the database, with one line per committed audit
/// batch — <c>sequence hash time</c> of the batch's last record — each line fsync'd before the append returns.</summary>
/// <remarks>Someone who can write to the database but not to this file (another account, another disk, a WORM
/// mount) can no longer cut the chain's tail or empty the table unseen: <see cref="ReadHead"/> names a record the
/// table must still hold. The line is written after the batch committed, so a crash in between leaves the file one
/// batch behind (a lower bound, never a record that does not exist). Several processes on one data folder (server
/// and CLI) each append whole lines under an exclusive lock; the head is the line with the highest sequence, so
/// their order does not matter, and a line torn by a crash is skipped.</remarks>
public sealed class AuditAnchorFile
{
    /// <summary>The file's name in the data folder.</summary>
    public const string FileName = "audit-anchor.log";

    const int LockAttempts = 200;
    readonly object _gate = new();

    /// <summary>An anchor file at <paramref name="path"/> (created on the first append).</summary>
    public AuditAnchorFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Appends the head <paramref name="head"/> as one line and flushes it to disk.</summary>
    public void Append(AuditRecord head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var line = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{head.Sequence} {head.Hash} {head.At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.ffffffZ}\n"));
        lock (_gate)
        {
            using var stream = OpenLocked();
            stream.Seek(0, SeekOrigin.End);
            stream.Write(line);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>The anchored head: the well-formed line with the highest sequence; null when the file is missing or
    /// holds none.</summary>
    public AuditAnchor? ReadHead()
    {
        if (!File.Exists(Path)) return null;
        AuditAnchor? head = null;
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1
                || parts[1].Length != 64) continue;
            if (head is null || sequence > head.Sequence) head = new AuditAnchor(sequence, parts[1], "the anchor file");
        }
        return head;
    }

    FileStream OpenLocked()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // FileShare.None is an exclusive advisory lock (flock) on Unix: another process appending at the same moment
        // waits for it, so two lines never interleave. Hand-written on purpose: no library does this small thing.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(Path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            }
            catch (IOException) when (attempt < LockAttempts && File.Exists(Path))
            {
                Thread.Sleep(5);
            }
        }
    }
}
