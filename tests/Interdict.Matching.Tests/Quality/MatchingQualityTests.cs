using System.Globalization;
using System.Text;
using Interdict.Core.Lists;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Xunit.Abstractions;

namespace Interdict.Matching.Tests.Quality;

/// <summary>Matching quality measured on the labelled development sets against the real UN list, at the
/// default threshold: the acceptance figures of docs/matching.md. Scored as testdata/eval/names/score.py scores
/// (recall: an expected entry among the alerts; top-1: the first alert is expected; FPR: a negative with any alert).</summary>
public sealed class MatchingQualityTests(ITestOutputHelper output)
{
    static readonly Lazy<ListSnapshot> Un = new(() => UnListParser.Parse(RepositoryPaths.UnList2026).Snapshot!);
    static readonly Lazy<Screener> UnScreener = new(() => new Screener([Un.Value]));

    [Fact]
    public void DevelopmentSet_AtDefaultThreshold_MeetsRecallFalsePositiveAndTop1Targets()
    {
        var figures = Measure(RepositoryPaths.NamesDevSet, "INTERDICT_QUALITY_REPORT");

        Assert.True(figures.Recall >= 0.99, figures.Summary);
        Assert.True(figures.Fpr <= 0.01, figures.Summary);
        Assert.True(figures.Top1 >= 0.98, figures.Summary);
    }

    /// <summary>The general set (names beyond Korean: other languages, scripts, structure, legal forms, text), held to
    /// the targets: recall 0.95, FPR 0.01, top-1 0.95, every category at 0.80 (docs/matching.md §8).</summary>
    [Fact]
    public void GeneralSet_AtDefaultThreshold_MeetsTheTargets()
    {
        var figures = Measure(RepositoryPaths.GeneralDevSet, "INTERDICT_GENERAL_QUALITY_REPORT");

        // Measured with the tables, scripts, names inside text, months beside a day, Hebrew's article, names read
        // across a text's words, Greek and kana in their own letters and дж as j: recall 0.992, FPR 0.004, top-1 0.989.
        // The floors sit just below (targets: 0.95).
        Assert.True(figures.Recall >= 0.985, figures.Summary);
        Assert.True(figures.Fpr <= 0.01, figures.Summary);
        Assert.True(figures.Top1 >= 0.985, figures.Summary);
        foreach (var (category, counts) in figures.Categories)
        {
            if (category.StartsWith("neg_", StringComparison.Ordinal)) Assert.True(counts.Fpr <= 0.05, $"{category}: {counts}");
            else Assert.True(counts.Recall >= 0.80, $"{category}: {counts}");
        }
    }

    Figures Measure(string set, string reportVariable)
    {
        var screener = UnScreener.Value;
        var queries = LabelledSet.Read(set);
        var options = new ScreeningOptions();

        var categories = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var all = new Counts();
        var report = new StringBuilder();
        foreach (var labelled in queries)
        {
            var hits = screener.Screen(labelled.Query, options with { Threshold = 0.5 });
            var alerts = hits.Where(h => h.Score >= options.Threshold).ToList();
            if (!categories.TryGetValue(labelled.Category, out var category)) categories[labelled.Category] = category = new Counts();
            if (labelled.IsPositive)
            {
                var hit = alerts.Any(h => labelled.Expected.Contains(h.Entry.Reference));
                var first = alerts.Count > 0 && labelled.Expected.Contains(alerts[0].Entry.Reference);
                foreach (var counts in new[] { all, category }) counts.Positive(hit, first);
                if (!hit || !first) report.AppendLine(Describe("MISS", labelled, hits));
            }
            else
            {
                foreach (var counts in new[] { all, category }) counts.Negative(alerts.Count > 0);
                if (alerts.Count > 0) report.AppendLine(Describe("FP", labelled, hits));
            }
        }
        var figures = new Figures(all.Recall, all.Fpr, all.Top1) { Categories = categories };
        output.WriteLine(figures.Summary);
        var table = new StringBuilder();
        foreach (var (name, counts) in categories) table.AppendLine(CultureInfo.InvariantCulture, $"  {name,-28} {counts}");
        output.WriteLine(table.ToString());
        output.WriteLine(report.ToString());
        var reportPath = Environment.GetEnvironmentVariable(reportVariable);
        if (!string.IsNullOrEmpty(reportPath)) File.WriteAllText(reportPath, figures.Summary + "\n" + table + report);
        return figures;
    }

    static string Describe(string what, LabelledQuery labelled, IReadOnlyList<ScreeningHit> hits)
    {
        var top = string.Join(" | ", hits.Take(3).Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Entry.Reference} {h.Score:0.000} {h.Explanation.Summary}")));
        return $"{what} [{labelled.Category}] {labelled.Query.Name} (dob {labelled.Query.DateOfBirth}, {labelled.Query.Nationality}) expected {string.Join('|', labelled.Expected)} => {top}";
    }

    sealed record Figures(double Recall, double Fpr, double Top1)
    {
        public IReadOnlyDictionary<string, Counts> Categories { get; init; } = new Dictionary<string, Counts>();

        public string Summary => string.Create(CultureInfo.InvariantCulture, $"recall={Recall:0.000} fpr={Fpr:0.000} top1={Top1:0.000}");
    }

    /// <summary>The counters of one category (or of the whole set).</summary>
    sealed class Counts
    {
        int _positives, _found, _first, _negatives, _falsePositives;

        public double Recall => _positives == 0 ? 1 : (double)_found / _positives;
        public double Top1 => _positives == 0 ? 1 : (double)_first / _positives;
        public double Fpr => _negatives == 0 ? 0 : (double)_falsePositives / _negatives;

        public void Positive(bool found, bool first)
        {
            _positives++;
            _found += found ? 1 : 0;
            _first += first ? 1 : 0;
        }

        public void Negative(bool alerted)
        {
            _negatives++;
            _falsePositives += alerted ? 1 : 0;
        }

        public override string ToString() => _positives > 0
            ? string.Create(CultureInfo.InvariantCulture, $"positives {_positives,4}  recall {Recall:0.000}  top-1 {Top1:0.000}")
            : string.Create(CultureInfo.InvariantCulture, $"negatives {_negatives,4}  fpr {Fpr:0.000}");
    }
}
