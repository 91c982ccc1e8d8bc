using Spectre.Console;

namespace Interdict.Cli;

/// <summary>Messages to the user on standard error, and the exit code that goes with them.</summary>
static class CliOutput
{
    /// <summary>True when standard output is an interactive terminal (progress bars are shown only then).</summary>
    public static bool IsTerminal => !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>True when standard output is a terminal: a command prints a table, not JSON, unless told (<c>--format</c>).</summary>
    public static bool IsStandardOutputTerminal => !Console.IsOutputRedirected;

    /// <summary>Tables wrap at the terminal's width; written to a file or pipe they use $COLUMNS, else 200 columns,
    /// so that piped output stays one row per line and greppable.</summary>
    public static void FitTablesToOutput()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40)
        {
            AnsiConsole.Profile.Width = columns;
        }
        else if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }
    }

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
