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
    case "all-lists":
        AllListsProfile.Run();
        return;
    case "text":
        TextProfile.Run();
        return;
    case "drift":
        DriftProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        return;
    case "delta-sizes":
        DeltaSizesProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
        return;
    case "payments":
        PaymentThroughputProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
        return;
    case "payments-read":
        PaymentReadProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000);
        return;
    case "payments-files":
        PaymentFiles.Write(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
        return;
    case "payments-http":
        PaymentHttpProfile.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5_000,
            args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1);
        return;
    case "delta":
        DeltaProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
