using System.Globalization;
using System.Text;

namespace Interdict.Cli.Batch;

/// <summary>How far a batch run has come, kept beside its output as <c>OUTPUT.progress</c> so that a killed run can be
/// resumed (<c>--resume</c>) from its last completed chunk.</summary>
/// <remarks>
/// The output grows in <c>OUTPUT.partial</c> one chunk at a time: the chunk is written and flushed to disk, then this
/// record is replaced atomically (written to a temporary file, renamed over the old one). A kill between the two
/// leaves the partial file longer than <see cref="OutputBytes"/>; a resume cuts it back to that length and screens
/// the chunk again, so no row is lost or written twice. A run resumes only the same input (path, size and time of
/// change) with the same settings (output format, threshold, lists, list versions in force): anything else would mix
/// two runs' results in one file.
/// </remarks>
/// <param name="Input">What the run reads and how: the input file's identity and the settings.</param>
/// <param name="Rows">Input rows done (screened, warned or skipped as bad), in file order.</param>
/// <param name="OutputBytes">The length of the partial output that holds them.</param>
/// <param name="Screened">Rows screened so far.</param>
/// <param name="WithHits">Rows with matches so far.</param>
/// <param name="BadRows">Rows skipped so far.</param>
/// <param name="Warnings">Fields ignored so far.</param>
sealed record BatchProgress(string Input, long Rows, long OutputBytes, int Screened, int WithHits, int BadRows, int Warnings)
{
    const string Magic = "interdict batch progress 1";

    /// <summary>The identity of a run: the input file as it is now, and every setting that changes the output.</summary>
    /// <param name="inputPath">The input file.</param>
    /// <param name="settings">The settings, as text.</param>
    public static string Identity(string inputPath, string settings)
    {
        var file = new FileInfo(inputPath);
        return string.Create(CultureInfo.InvariantCulture, $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}|{settings}").ReplaceLineEndings(" ");
    }

    /// <summary>Reads a progress file; null when it is missing or unreadable (a resume then starts afresh).</summary>
    /// <param name="path">The progress file.</param>
    public static BatchProgress? Load(string path)
    {
        if (!File.Exists(path)) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Magic) return null;
        foreach (var line in lines.Skip(1))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0) values[line[..equals]] = line[(equals + 1)..];
        }
        long Number(string key) => values.TryGetValue(key, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var progress = new BatchProgress(values.GetValueOrDefault("input", ""), Number("rows"), Number("output_bytes"),
            (int)Number("screened"), (int)Number("with_hits"), (int)Number("bad_rows"), (int)Number("warnings"));
        return progress.Rows < 0 || progress.OutputBytes < 0 || progress.Screened < 0 || progress.WithHits < 0 || progress.BadRows < 0 || progress.Warnings < 0
            ? null : progress;
    }

    /// <summary>Replaces the progress file atomically: a kill leaves the old record or the new one, never half of one.</summary>
    /// <param name="path">The progress file.</param>
    public void Save(string path)
    {
        var temp = path + ".tmp";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Magic}\ninput={Input}\nrows={Rows}\noutput_bytes={OutputBytes}\nscreened={Screened}\nwith_hits={WithHits}\nbad_rows={BadRows}\nwarnings={Warnings}\n");
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Encoding.UTF8.GetBytes(text));
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}
