using BenchmarkDotNet.Attributes;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Model;

namespace Interdict.Benchmarks;

/// <summary>Deciding one check against the DPRK rulebook, party screening included (the real screener over the
/// bundled UN list). Budget: p50 ≤ 50 µs per check (docs/performance.md, "Rule evaluation").</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RuleEvaluationBenchmarks
{
    private RuleEvaluator _evaluator = null!;
    private Check _coalNoParties = null!;
    private Check _dieselDesignatedBuyer = null!;
    private Check _jointVentureTwoParties = null!;
    private Check _rajinTransitVessel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var un = BundledLists.LoadUn();
        if (!un.Success) throw new InvalidOperationException(un.Failure.ToString());
        _evaluator = new RuleEvaluator(Rulebook.LoadEmbedded(), new Screener([un.Snapshot]));
        _coalNoParties = Read("""
            {"id":"C004","date":"2017-03-01","activity":"trade","direction":"from_dprk","destination":"CN",
             "goods":[{"hs":"2701","description":"coal","quantity":30000,"unit":"t","value_usd":2400000,"origin":"KP"}],"parties":[],"facts":{"purpose":"livelihood"}}
            """);
        _dieselDesignatedBuyer = Read("""
            {"id":"C048","date":"2018-05-01","activity":"trade","direction":"to_dprk","destination":"KP",
             "goods":[{"hs":"2710.19","description":"diesel","quantity":1000,"unit":"bbl","origin":"CN","category":"refined_petroleum"}],
             "parties":[{"name":"FIRST OIL JV CO LTD","role":"buyer","country":"KP","type":"company"}],"facts":{}}
            """);
        _jointVentureTwoParties = Read("""
            {"id":"JV","date":"2018-01-05","activity":"joint_venture","action":"maintain","direction":"none","location":"CN",
             "parties":[{"name":"Pyongyang Seafood Processing Company","role":"partner","country":"KP","type":"company"},
                        {"name":"Dandong Trading Co","role":"partner","country":"CN","type":"company"}],
             "facts":{"existing_since":"2015-03-01"}}
            """);
        _rajinTransitVessel = Read("""
            {"id":"C011","date":"2018-03-01","activity":"trade","direction":"transit_via_dprk","destination":"CN",
             "goods":[{"hs":"2701.12","description":"Russian coal","quantity":40000,"unit":"t","origin":"RU"}],"parties":[],
             "vessel":{"name":"CHON MA SAN","imo":"8660313","flag":"KP"},
             "facts":{"committee_notified_in_advance":true,"non_dprk_origin_confirmed":true,"rajin_transit_export":true}}
            """);
    }

    [Benchmark(Baseline = true)]
    public Answer CoalCapNoParties() => _evaluator.Evaluate(_coalNoParties);

    [Benchmark]
    public Answer DieselToDesignatedBuyer() => _evaluator.Evaluate(_dieselDesignatedBuyer);

    [Benchmark]
    public Answer JointVentureTwoPartiesScreened() => _evaluator.Evaluate(_jointVentureTwoParties);

    [Benchmark]
    public Answer RajinTransitVesselScreened() => _evaluator.Evaluate(_rajinTransitVessel);

    [Benchmark]
    public string EvaluateAndWriteJson() => AnswerJson.ToLine(_evaluator.Evaluate(_dieselDesignatedBuyer));

    private static Check Read(string json) =>
        CheckReader.TryRead(json, out var check, out var error) ? check! : throw new InvalidOperationException(error);
}
