using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Interdict.Cluster.Tests;

/// <summary>The real `interdict` program run as a process (a silo, a single server, or a command), with its output kept.</summary>
sealed class InterdictProcess : IAsyncDisposable
{
    static readonly string CliPath = Path.Combine(AppContext.BaseDirectory, "interdict.dll");

    readonly Process _process;
    readonly StringBuilder _output = new();

    InterdictProcess(Process process, string? url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>Where it serves, for a server.</summary>
    public string? Url { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>A port free now on loopback (the tests run beside others: never a fixed port).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static InterdictProcess Start(IReadOnlyDictionary<string, string> environment, string? url, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = new Process { StartInfo = start };
        var started = new InterdictProcess(process, url);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Runs a command to its end; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var command = Start(environment, null, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await command._process.WaitForExitAsync(timeout.Token);
        return (command.ExitCode, command.Output);
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Waits until the server answers <c>/health</c>.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"interdict exited with {_process.ExitCode} before serving:\n{Output}");
            try
            {
                if ((await http.GetAsync($"{Url}/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"interdict did not serve within {timeout}:\n{Output}");
    }

    /// <summary>Waits until the process has exited (a crash point killed it).</summary>
    public async Task WaitExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
