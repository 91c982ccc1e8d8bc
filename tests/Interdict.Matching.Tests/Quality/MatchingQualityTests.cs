using System.Globalization;
using System.Text;
using Interdict.Lists;
using Interdict.Matching.Screening;
using Xunit.Abstractions;

namespace Interdict.Matching.Tests.Quality;

/// <summary>Matching quality measured on the labelled development set against the real UN list, at the
/// default threshold: the acceptance figures of docs/matching.md.</summary>
public sealed class MatchingQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void DevelopmentSet_AtDefaultThreshold_MeetsRecallFalsePositiveAndTop1Targets()
    {
        var snapshot = UnListParser.Parse(RepositoryPaths.UnList2026).Snapshot!;
        var screener = new Screener([snapshot]);
        var queries = LabelledSet.Read(RepositoryPaths.NamesDevSet);
        var options = new ScreeningOptions();

        int positives = 0, negatives = 0, found = 0, top1 = 0, falsePositives = 0;
        var report = new StringBuilder();
        foreach (var labelled in queries)
        {
            var hits = screener.Screen(labelled.Query, options with { Threshold = 0.5 });
            var alerts = hits.Where(h => h.Score >= options.Threshold).ToList();
            if (labelled.IsPositive)
            {
                positives++;
                var hit = alerts.Any(h => labelled.Expected.Contains(h.Entry.Reference));
                var first = alerts.Count > 0 && labelled.Expected.Contains(alerts[0].Entry.Reference);
                found += hit ? 1 : 0;
                top1 += first ? 1 : 0;
                if (!hit || !first) report.AppendLine(Describe("MISS", labelled, hits));
            }
            else
            {
                negatives++;
                if (alerts.Count > 0)
                {
                    falsePositives++;
                    report.AppendLine(Describe("FP", labelled, hits));
                }
            }
        }
        var recall = (double)found / positives;
        var fpr = (double)falsePositives / negatives;
        var top1Rate = (double)top1 / positives;
        var summary = string.Create(CultureInfo.InvariantCulture, $"recall={recall:0.000} fpr={fpr:0.000} top1={top1Rate:0.000}");
        output.WriteLine(summary);
        output.WriteLine(report.ToString());
        var reportPath = Environment.GetEnvironmentVariable("INTERDICT_QUALITY_REPORT");
        if (!string.IsNullOrEmpty(reportPath)) File.WriteAllText(reportPath, summary + "\n" + report);

        Assert.True(recall >= 0.99, summary);
        Assert.True(fpr <= 0.01, summary);
        Assert.True(top1Rate >= 0.98, summary);
    }

    static string Describe(string what, LabelledQuery labelled, IReadOnlyList<ScreeningHit> hits)
    {
        var top = string.Join(" | ", hits.Take(3).Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Entry.Reference} {h.Score:0.000} {h.Explanation.Summary}")));
        return $"{what} [{labelled.Category}] {labelled.Query.Name} (dob {labelled.Query.DateOfBirth}, {labelled.Query.Nationality}) expected {string.Join('|', labelled.Expected)} => {top}";
    }
}
