using System.CommandLine;
using Interdict.Core.Lists;
using Interdict.Matching.Screening;

namespace Interdict.Cli;

/// <summary>What every command shares: the data folder, and the deployment's services opened from it on first use
/// (<see cref="CliServices"/>: the database and lists <c>interdict serve</c> uses).</summary>
sealed class CliContext : IAsyncDisposable
{
    /// <summary>The runtime data folder (the database, the audit anchor).</summary>
    public static readonly Option<DirectoryInfo?> DataOption = new("--data")
    {
        Description = "Data folder (default: $INTERDICT_DATA, else ./data)",
        Recursive = true,
    };

    CliServices? _services;

    public static DirectoryInfo DataDirectory(ParseResult parse)
    {
        var given = parse.GetValue(DataOption);
        if (given is not null) return given;
        var fromEnvironment = Environment.GetEnvironmentVariable("INTERDICT_DATA");
        return new DirectoryInfo(string.IsNullOrWhiteSpace(fromEnvironment) ? "data" : fromEnvironment);
    }

    /// <summary>The deployment's services, opened once per process.</summary>
    public CliServices Services(ParseResult parse) =>
        _services ??= CliServices.OpenAsync(parse, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Every list version served (bundled, stored), oldest first within a list.</summary>
    public IReadOnlyList<ListSnapshot> Snapshots(ParseResult parse) => [.. Services(parse).Lists.Current.Versions.Select(v => v.Snapshot)];

    /// <summary>The screener over every served list version.</summary>
    public Screener Screener(ParseResult parse) => Services(parse).Lists.Current.Screener;

    public async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync().ConfigureAwait(false);
    }
}
