using System.Diagnostics;
using System.Reflection;
using Xunit.Abstractions;

namespace Interdict.Lists.Tests;

/// <summary>Parse-time budgets: the 2026 UN list well under 200 ms, the OFAC folder under 500 ms, once the code is jitted.</summary>
/// <remarks>The best of three runs is taken, in a collection that runs alone, so that a busy machine does not fail the
/// test. A Debug build of Interdict.Lists runs without JIT optimisation; its budget is four times larger.</remarks>
[Collection(RunsAlone.Name)]
public sealed class PerformanceTests(ITestOutputHelper output)
{
    static readonly bool Optimized =
        typeof(UnListParser).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    [Fact]
    public void Parse_Un2026_UnderBudget()
    {
        var best = Best(() => UnListParser.Parse(RealLists.Un2026Path));

        output.WriteLine($"UN 2026: best of 3 {best.TotalMilliseconds:F1} ms (optimized build: {Optimized})");
        Assert.True(best < Budget(200), $"UN parse took {best.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void Parse_OfacFolder_UnderBudget()
    {
        var best = Best(() => OfacSdnParser.Parse(RealLists.OfacFolder, RealLists.Published));

        output.WriteLine($"OFAC: best of 3 {best.TotalMilliseconds:F1} ms (optimized build: {Optimized})");
        Assert.True(best < Budget(500), $"OFAC parse took {best.TotalMilliseconds:F1} ms");
    }

    static TimeSpan Budget(int milliseconds) => TimeSpan.FromMilliseconds(Optimized ? milliseconds : 4 * milliseconds);

    static TimeSpan Best(Func<ImportResult> parse)
    {
        Assert.True(parse().Success); // warm-up: JIT and file cache
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = parse();
            watch.Stop();
            Assert.True(result.Success);
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }
}

/// <summary>Timing tests run alone, not beside the other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Performance";
}
