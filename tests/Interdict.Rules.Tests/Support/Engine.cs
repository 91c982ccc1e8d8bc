using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Model;

namespace Interdict.Rules.Tests.Support;

/// <summary>The embedded rulebook and an evaluator over it, loaded once for all tests.</summary>
static class Engine
{
    public static readonly Rulebook Rulebook = Rulebook.LoadEmbedded();
    public static readonly RuleEvaluator Evaluator = new(Rulebook, TestScreener.UnDprk);

    /// <summary>An evaluator whose parties are screened by the matching engine over the bundled UN list, as the CLI and
    /// the API screen them: for labelled cases that name real listed parties.</summary>
    public static readonly Lazy<RuleEvaluator> WithBundledList = new(() =>
        new RuleEvaluator(Rulebook, new Interdict.Matching.Screening.Screener([Interdict.Lists.BundledLists.LoadUn().Snapshot!])));

    public static Check Read(string json)
    {
        Assert.True(CheckReader.TryRead(json, out var check, out var error), error);
        return check!;
    }

    public static Answer Evaluate(string json) => Evaluator.Evaluate(Read(json));

    /// <summary>A trade check of one good, with facts and optional extra top-level fields (JSON fragments).</summary>
    public static Answer Trade(string date, string direction, string hs, string facts = "{}", string extra = "", string good = "")
    {
        var json = $$"""
            {"id":"T","date":"{{date}}","activity":"trade","direction":"{{direction}}",
             "goods":[{"hs":"{{hs}}","description":"goods"{{(good.Length > 0 ? "," + good : "")}}}],
             "parties":[],"facts":{{facts}}{{(extra.Length > 0 ? "," + extra : "")}}}
            """;
        return Evaluate(json);
    }

    public static Answer Activity(string date, string activity, string action, string facts = "{}", string parties = "[]", string extra = "")
    {
        var json = $$"""
            {"id":"A","date":"{{date}}","activity":"{{activity}}","action":"{{action}}","direction":"none",
             "parties":{{parties}},"facts":{{facts}}{{(extra.Length > 0 ? "," + extra : "")}}}
            """;
        return Evaluate(json);
    }

    public static bool Cites(this Answer answer, string resolution, string paragraph) =>
        answer.Basis.Any(b => b.Resolution == resolution && b.Paragraph == paragraph);
}
