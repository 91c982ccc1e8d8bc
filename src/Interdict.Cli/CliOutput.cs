using Spectre.Console;

namespace Interdict.Cli;

/// <summary>Messages to the user on standard error, and the exit code that goes with them.</summary>
static class CliOutput
{
    /// <summary>True when standard output is an interactive terminal (progress bars are shown only then).</summary>
    public static bool IsTerminal => !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static int UsageError(string message)
    {
        Console.Error.WriteLine($"interdict: {message}");
        return ExitCodes.Usage;
    }

    public static int BadInput(string message)
    {
        Console.Error.WriteLine($"interdict: {message}");
        return ExitCodes.BadInput;
    }

    public static void Warning(string message) => Console.Error.WriteLine($"interdict: warning: {message}");
}
