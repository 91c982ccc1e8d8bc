namespace Interdict.Cli.Output;

/// <summary><c>-</c> for standard input or output, wherever a command reads or writes a file.</summary>
static class StandardStreams
{
    /// <summary>The name a command's messages and the audit trail give standard input.</summary>
    public const string InputName = "stdin";

    /// <summary>True for <c>-</c> (and for no path at all: a command's output goes to standard output by default).</summary>
    public static bool IsStandard(string? path) => path is null or "-";

    /// <summary>A usage error (reported) when <paramref name="path"/> is <c>-</c> but the option needs a file it can
    /// read again or rename (a batch's <c>--resume</c>).</summary>
    /// <param name="option">The option, as the user wrote it.</param>
    /// <param name="path">Its value.</param>
    /// <param name="why">Why a file is needed.</param>
    public static bool RefuseStandard(string option, string? path, string why)
    {
        if (!IsStandard(path)) return false;
        CliOutput.UsageError($"{option} - (standard {(option.Contains("input", StringComparison.Ordinal) ? "input" : "output")}) cannot be used here: {why}; give a file");
        return true;
    }

    /// <summary>Opens a file to read, or standard input for <c>-</c>; null (reported as bad input) when the file does not exist.</summary>
    public static Stream? OpenInput(string path)
    {
        if (path == "-") return Console.OpenStandardInput();
        if (File.Exists(path)) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        CliOutput.BadInput($"{Path.GetFullPath(path)}: no such file");
        return null;
    }

    /// <summary>How an input is named in messages: its file name, or <see cref="InputName"/>.</summary>
    public static string NameOf(string path) => path == "-" ? InputName : Path.GetFileName(path);
}
