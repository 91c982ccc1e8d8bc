using System.CommandLine;

namespace Interdict.Cli;

/// <summary>What every command shares: the data folder, and the lists and indexes loaded from it on first use.</summary>
sealed class CliContext
{
    /// <summary>The runtime data folder (imported list versions, later the database).</summary>
    public static readonly Option<DirectoryInfo?> DataOption = new("--data")
    {
        Description = "Data folder (default: $INTERDICT_DATA, else ./data)",
        Recursive = true,
    };

    public static DirectoryInfo DataDirectory(ParseResult parse)
    {
        var given = parse.GetValue(DataOption);
        if (given is not null) return given;
        var fromEnvironment = Environment.GetEnvironmentVariable("INTERDICT_DATA");
        return new DirectoryInfo(string.IsNullOrWhiteSpace(fromEnvironment) ? "data" : fromEnvironment);
    }
}
