namespace Interdict.Cli.Output;

/// <summary>Where a command writes its records: standard output, or a file that appears only whole — written to
/// <c>FILE.partial</c> and renamed when <see cref="Commit"/> is called, so a failed run leaves no half file.</summary>
sealed class OutputTarget : IDisposable
{
    readonly string? _path;
    readonly string? _partial;
    bool _committed;

    OutputTarget(Stream stream, string? path)
    {
        Stream = stream;
        _path = path;
        _partial = path is null ? null : path + ".partial";
    }

    /// <summary>The stream to write.</summary>
    public Stream Stream { get; }

    /// <summary>True when writing to standard output.</summary>
    public bool IsStandardOutput => _path is null;

    /// <summary>The file, in messages: its full path, or "standard output".</summary>
    public string Description => _path ?? "standard output";

    /// <summary>Opens <paramref name="path"/> (<c>-</c> or null: standard output).</summary>
    public static OutputTarget Open(string? path)
    {
        if (StandardStreams.IsStandard(path)) return new OutputTarget(Console.OpenStandardOutput(), null);
        var full = Path.GetFullPath(path!);
        return new OutputTarget(new FileStream(full + ".partial", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), full);
    }

    /// <summary>Flushes, and puts the file in place.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_path is null) return;
        Stream.Dispose();
        File.Move(_partial!, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (_partial is not null && !_committed && File.Exists(_partial)) File.Delete(_partial);
    }
}
