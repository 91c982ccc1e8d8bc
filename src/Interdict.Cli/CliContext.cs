using System.CommandLine;
using Interdict.Core.Lists;
using Interdict.Hosting.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Cli;

/// <summary>What every command shares: the data folder, and the lists and screener loaded from it on first use.</summary>
sealed class CliContext
{
    /// <summary>The runtime data folder (imported list versions; later the database).</summary>
    public static readonly Option<DirectoryInfo?> DataOption = new("--data")
    {
        Description = "Data folder (default: $INTERDICT_DATA, else ./data)",
        Recursive = true,
    };

    IReadOnlyList<ListSnapshot>? _snapshots;
    Screener? _screener;

    public static DirectoryInfo DataDirectory(ParseResult parse)
    {
        var given = parse.GetValue(DataOption);
        if (given is not null) return given;
        var fromEnvironment = Environment.GetEnvironmentVariable("INTERDICT_DATA");
        return new DirectoryInfo(string.IsNullOrWhiteSpace(fromEnvironment) ? "data" : fromEnvironment);
    }

    public static ListLibrary Library(ParseResult parse) => new(DataDirectory(parse));

    /// <summary>Every loaded list version (bundled and imported), loaded once per process.</summary>
    public IReadOnlyList<ListSnapshot> Snapshots(ParseResult parse) =>
        _snapshots ??= Library(parse).Load(CliOutput.Warning);

    /// <summary>The screener over every loaded list version, built once per process.</summary>
    public Screener Screener(ParseResult parse) => _screener ??= new Screener(Snapshots(parse));
}
