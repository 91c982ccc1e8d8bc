using BenchmarkDotNet.Attributes;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Matching.Tests;
using Interdict.Payments;
using Interdict.Payments.Screening;
using Interdict.Rules.Model;

namespace Interdict.Benchmarks;

/// <summary>Reading one payment message, and reading and screening it against the bundled UN list (docs/performance.md,
/// "Payments"). The messages are real samples of typical size: a CBPR+ pacs.008 (3.9 KB, 9 parties and agents) and an
/// MT103 with option F parties (0.4 KB).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PaymentBenchmarks
{
    private readonly PaymentParser _parser = new();
    private PaymentScreening _screening = null!;
    private string _pacs008 = null!;
    private string _mt103 = null!;
    private Payment _pacs008Payment = null!;

    [GlobalSetup]
    public void Setup()
    {
        var payments = Path.Combine(RepositoryPaths.TestData, "data", "payments");
        _pacs008 = File.ReadAllText(Path.Combine(payments, "iso20022", "pacs.008", "cbprplus_c.53.5_pacs.008_AtoB.xml"));
        _mt103 = File.ReadAllText(Path.Combine(payments, "swift-mt", "mt103", "ballerina_p.2.1.1_C_D.fin"));
        var un = BundledLists.LoadUn();
        if (!un.Success) throw new InvalidOperationException(un.Failure.ToString());
        _screening = new PaymentScreening(new Screener([un.Snapshot]), Rulebook.LoadEmbedded());
        _pacs008Payment = _parser.Parse(_pacs008).Payment ?? throw new InvalidOperationException("the sample does not parse");
    }

    [Benchmark]
    public Payment? ParsePacs008() => _parser.Parse(_pacs008).Payment;

    [Benchmark]
    public Payment? ParseMt103() => _parser.Parse(_mt103).Payment;

    [Benchmark]
    public PaymentOutcome ScreenPacs008() => _screening.Screen(_pacs008Payment, new DateOnly(2020, 8, 5)).Outcome;
}
