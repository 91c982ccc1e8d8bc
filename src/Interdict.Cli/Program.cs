using System.CommandLine;
using Interdict.Cli;
using Interdict.Cli.Commands;

// The `interdict` command: one class per verb under Commands/. Exit codes: ExitCodes.cs (the README's table, held
// equal to it by ExitCodeTests). Output formats (--format) and `-` for standard input and output: Output/.
CliOutput.FitTablesToOutput();
await using var context = new CliContext();
var root = new RootCommand("Interdict: sanctions screening and DPRK regime checks")
{
    CliContext.DataOption,
};
foreach (var command in CommandCatalog.All(context)) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
