using CsCheck;
using Interdict.Core.Lists;
using Interdict.Lists;
using Interdict.Matching.Index;
using Interdict.Matching.Normalization;
using Interdict.Matching.Scoring;
using Interdict.Matching.Screening;
using Interdict.Matching.Tests.Quality;

namespace Interdict.Matching.Tests.Scoring;

/// <summary>The one score model: no retrieval or pruning bound is ever below the score the scorer gives.</summary>
public sealed class ScoreModelTests
{
    static readonly Lazy<NameIndex> Un = new(() => new NameIndexBuilder().Add(UnListParser.Parse(RepositoryPaths.UnList2026).Snapshot!).Build());

    /// <summary>Forward retrieval (prefix filtering and the coverage bound) misses no name that scores at the minimum:
    /// every query of both development sets, at several minimums, against every name of the UN list.</summary>
    [Fact]
    public void Candidates_MissNoNameThatScoresTheMinimum()
    {
        var index = Un.Value;
        var queries = LabelledSet.Read(RepositoryPaths.GeneralDevSet).Concat(LabelledSet.Read(RepositoryPaths.NamesDevSet))
            .Where((_, i) => i % 3 == 0).Select(q => q.Query.Name).ToArray();
        var checkedPairs = 0;
        foreach (var text in queries)
        {
            var name = NameNormalizer.Normalize(text);
            if (name.Count == 0) continue;
            var prepared = PreparedQuery.Prepare(name, index);
            var scores = new double[index.NameCount];
            for (var n = 0; n < index.NameCount; n++) scores[n] = NameScorer.Score(prepared, index.Names[n]);
            foreach (var minimum in new[] { 0.5, 0.7, 0.8, 0.9 })
            {
                var collected = Candidates.Collect(prepared, index, ScoreModel.MinimumNameScore(minimum) + ScoreModel.MaxEvidence).ToHashSet();
                for (var n = 0; n < index.NameCount; n++)
                {
                    if (scores[n] + ScoreModel.MaxEvidence < minimum) continue;
                    checkedPairs++;
                    Assert.True(collected.Contains(n), $"{text} / {index.Names[n].Name.Full}: {scores[n]:0.000} at {minimum}");
                }
            }
        }
        Assert.True(checkedPairs > 1000, $"{checkedPairs} pairs");
    }

    [Fact]
    public void ListedCoverageBound_IsNeverBelowAnExcusedCoverage() =>
        Gen.Select(Gen.Float[0, 10], Gen.Float[0, 10], Gen.Float[0, 1], Gen.Float[0, 1]).Sample((total, a, matchedShare, excusedShare) =>
        {
            // Matched weight M (similarity-weighted M' ≤ M), excused E ≤ total − M.
            var matched = Math.Min(a, total);
            var credited = matched * matchedShare;
            var excused = (total - matched) * excusedShare;
            var denominator = total - (1 - ScoreModel.ExcusedShare) * excused;
            var coverage = denominator > 0 ? Math.Min(1, credited / denominator) : 0;
            return ScoreModel.ListedCoverageBound(credited, total) >= coverage - 1e-5;
        }, iter: 5000);

    [Fact]
    public void RequiredListedCoverage_IsWhatTheBoundNeedsToReachTheThreshold() =>
        // Above 0.64 (below, the query alone reaches the threshold and nothing is required of the listed side).
        Gen.Float[0.7f, 1f].Sample(threshold =>
        {
            var required = ScoreModel.RequiredListedCoverage(threshold);
            // A name covering just less than the requirement cannot reach the threshold, even with the full query and evidence.
            var below = Math.Max(0, required - 0.01f);
            return ScoreModel.Blend(1, ScoreModel.ListedCoverageBound(below, 1)) + ScoreModel.MaxEvidence < threshold + 0.01;
        }, iter: 2000);
}
