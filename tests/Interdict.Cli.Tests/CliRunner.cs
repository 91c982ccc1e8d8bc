using System.Diagnostics;

namespace Interdict.Cli.Tests;

/// <summary>Runs the real `interdict` program (the built CLI) as a process, in a data folder of its own.</summary>
sealed class CliRunner : IDisposable
{
    static readonly string CliPath = Path.Combine(AppContext.BaseDirectory, "interdict.dll");

    public CliRunner()
    {
        DataDirectory = Directory.CreateTempSubdirectory("interdict-cli-test-").FullName;
    }

    public string DataDirectory { get; }

    public string PathIn(string name) => Path.Combine(DataDirectory, name);

    public CliResult Run(IReadOnlyDictionary<string, string>? environment, params string[] arguments) => Run(environment, null, arguments);

    /// <summary>Runs with <paramref name="standardInput"/> written to the program's standard input.</summary>
    public CliResult RunWithInput(string standardInput, params string[] arguments) => Run(null, standardInput, arguments);

    CliResult Run(IReadOnlyDictionary<string, string>? environment, string? standardInput, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DataDirectory,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(DataDirectory);
        start.Environment["COLUMNS"] = "200";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"interdict {string.Join(' ', arguments)} did not finish in 2 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public CliResult Run(params string[] arguments) => Run(null, arguments);

    public void Dispose() => Directory.Delete(DataDirectory, recursive: true);
}

/// <summary>What a run printed and returned.</summary>
sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
