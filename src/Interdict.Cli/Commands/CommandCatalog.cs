using System.CommandLine;

namespace Interdict.Cli.Commands;

/// <summary>Every verb of the CLI, in the order `interdict --help` lists them.</summary>
static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        // screening (issue: party screening)
        // rules (issue: rules as code): check, regime, hs
        yield break;
    }
}
