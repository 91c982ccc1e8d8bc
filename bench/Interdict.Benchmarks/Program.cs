using BenchmarkDotNet.Running;
using Interdict.Benchmarks;

// dotnet run -c Release --project bench/Interdict.Benchmarks -- --filter '*'   (see docs/performance.md)
if (args.Length > 0 && args[0] == "profile")
{
    PhaseProfile.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
