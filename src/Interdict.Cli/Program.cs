using System.CommandLine;
using Interdict.Cli;
using Interdict.Cli.Commands;

// The `interdict` command: one class per verb under Commands/. Exit codes: 0 success, 1 usage error,
// 2 bad input (file not found, malformed list or check), 3 a screening batch finished with bad rows,
// 4 a remote source unreachable, 5 `audit verify` found the audit trail broken.
CliOutput.FitTablesToOutput();
await using var context = new CliContext();
var root = new RootCommand("Interdict: sanctions screening and DPRK regime checks")
{
    CliContext.DataOption,
};
foreach (var command in CommandCatalog.All(context)) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
