using BenchmarkDotNet.Running;
using Interdict.Benchmarks;

// dotnet run -c Release --project bench/Interdict.Benchmarks -- --filter '*'   (see docs/performance.md)
switch (args.FirstOrDefault())
{
    case "profile":
        PhaseProfile.Run(ofac: args.Contains("ofac"));
        return;
    case "latency":
        LatencyProfile.Run();
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
