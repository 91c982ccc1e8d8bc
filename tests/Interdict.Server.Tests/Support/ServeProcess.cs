using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Interdict.Server.Tests.Support;

/// <summary>`interdict serve` as a real process on a data folder, for the crash tests: its temporary folder (TMPDIR) is
/// the data folder's <c>tmp/</c>, so what it leaves behind can be checked; jobs are leased for 2 s, so a restarted
/// process takes over its dead predecessor's jobs within seconds; <paramref name="crashAt"/> arms a crash point.</summary>
sealed class ServeProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _errors = new();

    ServeProcess(Process process, string url, string key)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(3) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote to stderr so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors) return _errors.ToString();
        }
    }

    public static string TempFolder(string data) => Path.Combine(data, "tmp");

    public static async Task<ServeProcess> StartAsync(string data, string key, string? crashAt = null)
    {
        var url = $"http://127.0.0.1:{ProcessRunner.FreePort()}";
        var start = ProcessRunner.StartInfo("serve", "--urls", url, "--data", data, "--no-bundled-list");
        Directory.CreateDirectory(TempFolder(data));
        start.Environment["TMPDIR"] = TempFolder(data);
        start.Environment["DOTNET_EnableDiagnostics"] = "0"; // no diagnostic sockets in TMPDIR: only Interdict's files are there
        start.Environment["Interdict__JobLeaseSeconds"] = "2";
        start.Environment["Interdict__RefreshSeconds"] = "0";
        if (crashAt is not null) start.Environment["INTERDICT_CRASH_AT"] = crashAt;
        var serve = new ServeProcess(Process.Start(start)!, url, key);
        serve._process.ErrorDataReceived += (_, e) =>
        {
            lock (serve._errors) serve._errors.AppendLine(e.Data);
        };
        serve._process.OutputDataReceived += (_, _) => { };
        serve._process.BeginErrorReadLine();
        serve._process.BeginOutputReadLine();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await serve.Client.GetAsync("/health")).IsSuccessStatusCode) return serve;
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(90) && !serve.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>kill -9.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to kill itself at its crash point.</summary>
    public async Task WaitForCrashAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Client.Dispose();
        _process.Dispose();
    }
}
