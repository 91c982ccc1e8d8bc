using System.CommandLine;

namespace Interdict.Cli.Commands;

/// <summary>Every verb of the CLI, in the order `interdict --help` lists them.</summary>
static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        // screening (issue: party screening)
        yield return ScreenCommand.Create(context);
        yield return CompareCommand.Create(context);
        yield return ListsCommand.Create(context);
        // rules (issue: rules as code): check, regime, hs
        yield return CheckCommand.Create(context);
        yield return RegimeCommand.Create(context);
        yield return HsCommand.Create(context);
        // payments (issue 14): payments screen
        yield return PaymentsCommand.Create(context);
        // the service (issue: the service): serve, keys, audit
        yield return ServeCommand.Create(context);
        yield return KeysCommand.Create(context);
        yield return AuditCommand.Create(context);
    }
}
