using System.Diagnostics;
using System.Reflection;
using Xunit.Abstractions;

namespace Interdict.Lists.Tests;

/// <summary>Parse-time budgets: the 2026 UN list well under 200 ms, the OFAC folder under 500 ms, once the code is jitted.</summary>
/// <remarks>The best of three runs is taken, in a collection that runs alone. The budget is checked against the
/// process's CPU time, which other processes on a busy build machine do not inflate; wall-clock time is printed too.
/// A Debug build of Interdict.Lists runs without JIT optimisation; its budget is four times larger.</remarks>
[Collection(RunsAlone.Name)]
public sealed class PerformanceTests(ITestOutputHelper output)
{
    static readonly bool Optimized =
        typeof(UnListParser).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    [Fact]
    public void Parse_Un2026_UnderBudget()
    {
        var (cpu, wall) = Best(() => UnListParser.Parse(RealLists.Un2026Path));

        output.WriteLine($"UN 2026: best of 3 {cpu.TotalMilliseconds:F1} ms CPU, {wall.TotalMilliseconds:F1} ms wall (optimized build: {Optimized})");
        Assert.True(cpu < Budget(200), $"UN parse took {cpu.TotalMilliseconds:F1} ms of CPU");
    }

    [Fact]
    public void Parse_OfacFolder_UnderBudget()
    {
        var (cpu, wall) = Best(() => OfacSdnParser.Parse(RealLists.OfacFolder, RealLists.Published));

        output.WriteLine($"OFAC: best of 3 {cpu.TotalMilliseconds:F1} ms CPU, {wall.TotalMilliseconds:F1} ms wall (optimized build: {Optimized})");
        Assert.True(cpu < Budget(500), $"OFAC parse took {cpu.TotalMilliseconds:F1} ms of CPU");
    }

    static TimeSpan Budget(int milliseconds) => TimeSpan.FromMilliseconds(Optimized ? milliseconds : 4 * milliseconds);

    static (TimeSpan Cpu, TimeSpan Wall) Best(Func<ImportResult> parse)
    {
        Assert.True(parse().Success); // warm-up: JIT and file cache
        using var process = Process.GetCurrentProcess();
        var bestCpu = TimeSpan.MaxValue;
        var bestWall = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = parse();
            watch.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Assert.True(result.Success);
            if (cpu < bestCpu) bestCpu = cpu;
            if (watch.Elapsed < bestWall) bestWall = watch.Elapsed;
        }
        return (bestCpu, bestWall);
    }
}

/// <summary>Timing tests run alone, not beside the other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Performance";
}
