using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Interdict.Cli.Tests;

/// <summary>kill -9 of a real batch run at several points, then <c>--resume</c>: the output is byte for byte the one an
/// uninterrupted run writes, no row lost or written twice, and no work file left behind.</summary>
public sealed class BatchCrashTests : IDisposable
{
    const int Rows = 200_000;
    static readonly string CliPath = Path.Combine(AppContext.BaseDirectory, "interdict.dll");
    readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void KilledThreeTimes_AndResumed_WritesTheOutputOfAnUninterruptedRun()
    {
        var input = _cli.PathIn("parties.csv");
        WriteParties(input);
        var reference = _cli.PathIn("reference.jsonl");
        Assert.Equal(0, RunToEnd("screen", "--input", input, "--output", reference, "--lists", "un").ExitCode);

        var output = _cli.PathIn("resumed.jsonl");
        var progress = output + ".progress";
        var killedAt = new List<long>();
        // The first run starts afresh; each later one resumes; each is killed once the run has done this many rows.
        foreach (var (resume, killAfter) in new[] { (false, 30_000L), (true, 90_000L), (true, 150_000L) })
        {
            string[] arguments = ["screen", "--input", input, "--output", output, "--lists", "un"];
            using var run = Start(resume ? [.. arguments, "--resume"] : arguments);
            var done = WaitForRows(run, progress, killAfter);
            Assert.False(run.HasExited, $"the run ended before it could be killed at {killAfter} rows");
            run.Kill(); // SIGKILL: no handler, no flush
            run.WaitForExit();
            killedAt.Add(done);
            Assert.False(File.Exists(output), "a killed run left the final output");
            Assert.True(File.Exists(output + ".partial"));
            if (killedAt.Count == 2)
            {
                // As if killed after a chunk was written but before its progress was saved: the resume cuts it off.
                File.AppendAllText(output + ".partial", "{\"id\":\"half a chunk\"}\n");
            }
        }

        var (exitCode, error) = RunToEnd("screen", "--input", input, "--output", output, "--lists", "un", "--resume");
        Assert.True(exitCode == 0, error);
        Assert.Contains("resuming after", error);
        Assert.Contains($"interdict: screen: {Rows} read, {Rows} screened, ", error); // the counts of the whole run, earlier attempts included
        Assert.True(killedAt.SequenceEqual(killedAt.Order()) && killedAt[0] < killedAt[^1], string.Join(",", killedAt));
        Assert.True(File.ReadAllBytes(reference).AsSpan().SequenceEqual(File.ReadAllBytes(output)), "the resumed output differs from the uninterrupted one");
        Assert.Equal(Rows, File.ReadLines(output).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count());
        // No work file is left; the data folder's own store (the database the batch runs are audited in, its audit
        // anchor) is not a leftover.
        string[] store = ["audit-anchor.log", "interdict.db", "interdict.db-shm", "interdict.db-wal"];
        Assert.Equal(["parties.csv", "reference.jsonl", "resumed.jsonl"],
            Directory.GetFiles(_cli.DataDirectory).Select(f => Path.GetFileName(f)!).Where(f => !store.Contains(f)).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Resume_OfAChangedInput_IsRefused_AndWithoutResume_StartsAfresh()
    {
        var input = _cli.PathIn("parties.csv");
        File.WriteAllText(input, "id,name\n1,Ri Won Ho\n");
        var output = _cli.PathIn("out.jsonl");
        File.WriteAllText(output + ".partial", "");
        new Cli.Batch.BatchProgress("another input", 1, 0, 1, 1, 0, 0).Save(output + ".progress");

        var refused = _cli.Run("screen", "--input", input, "--output", output, "--resume");
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("cannot resume", refused.Error);

        var fresh = _cli.Run("screen", "--input", input, "--output", output);
        Assert.True(fresh.ExitCode == 0, fresh.ToString());
        Assert.Contains("discarded", fresh.Error);
        Assert.Single(File.ReadAllLines(output));
        Assert.False(File.Exists(output + ".partial"));
        Assert.False(File.Exists(output + ".progress"));
    }

    /// <summary>Parties made of the development set's names, repeated with fresh ids up to <see cref="Rows"/>.</summary>
    static void WriteParties(string path)
    {
        // Each row keeps its line after the id as it is (quoted names included): name,type,dob,nationality,expected,category.
        var source = File.ReadAllLines(Path.Combine(RepositoryPaths.TestData, "eval", "names", "dev.csv")).Skip(1)
            .Select(l => l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]).ToArray();
        var text = new StringBuilder("id,name,type,dob,nationality,expected,category\n");
        for (var i = 0; i < Rows; i++) text.Append(CultureInfo.InvariantCulture, $"r{i:D6},{source[i % source.Length]}\n");
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Runs the CLI to its end; a 200,000-row run outlasts <see cref="CliRunner"/>'s two minutes on a loaded machine.</summary>
    (int ExitCode, string Error) RunToEnd(params string[] arguments)
    {
        using var run = Start(arguments, collectErrors: true);
        if (!run.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            run.Kill(entireProcessTree: true);
            throw new TimeoutException($"interdict {string.Join(' ', arguments)} did not finish in 15 minutes");
        }
        run.WaitForExit();
        lock (_errors) return (run.ExitCode, _errors.ToString());
    }

    readonly StringBuilder _errors = new();

    Process Start(string[] arguments, bool collectErrors = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _cli.DataDirectory };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(_cli.DataDirectory);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (collectErrors && line.Data is not null) lock (_errors) _errors.AppendLine(line.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until the progress file records at least <paramref name="rows"/> rows done; returns what it says.</summary>
    static long WaitForRows(Process run, string progress, long rows)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3) && !run.HasExited)
        {
            if (Cli.Batch.BatchProgress.Load(progress) is { } done && done.Rows >= rows) return done.Rows;
            Thread.Sleep(20);
        }
        throw new TimeoutException($"the run did not reach {rows} rows (exited: {run.HasExited})");
    }
}
